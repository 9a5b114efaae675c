package dev.handoff.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where one JVM spent its CPU during a recording: JFR's execution samples (running Java threads only) counted by the
 * method on top of the stack (self), by every method on the stack (total, once per sample), and by area (the
 * {@link Areas} of the deepest frame that names one).
 *
 * @param samples execution samples in the recording
 */
public record Hotspots(int samples, Map<String, Integer> self, Map<String, Integer> total, Map<String, Integer> areas) {

    /** Reads the execution samples of a {@code .jfr} file. */
    public static Hotspots of(Path recording) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                List<String> names = new ArrayList<>(frames.size());
                for (RecordedFrame frame : frames) {
                    names.add(name(frame.getMethod()));
                }
                if (!names.isEmpty()) {
                    self.merge(names.get(0), 1, Integer::sum);
                }
                Set<String> seen = new HashSet<>();
                for (String n : names) {
                    if (seen.add(n)) {
                        total.merge(n, 1, Integer::sum);
                    }
                }
                areas.merge(Areas.of(names), 1, Integer::sum);
            }
        }
        return new Hotspots(samples, self, total, areas);
    }

    /** The {@code limit} largest entries, largest first. */
    public static Map<String, Integer> top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** Methods of the platform's own code on the stack, largest share first. */
    public Map<String, Integer> ownCode(int limit) {
        return top(
                total.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("dev.handoff."))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                limit);
    }

    /** A Markdown section: areas, top self methods, the platform's own methods by total. */
    public String markdown(String title, int limit) {
        StringBuilder md = new StringBuilder();
        md.append("#### ").append(title).append(" (").append(samples).append(" samples)\n\n");
        md.append("| area | share |\n|---|---|\n");
        top(areas, limit).forEach((k, v) -> md.append(row(k, v)));
        md.append("\n| self (top of stack) | share |\n|---|---|\n");
        top(self, limit).forEach((k, v) -> md.append(row(k, v)));
        md.append("\n| own code on the stack | share |\n|---|---|\n");
        ownCode(limit).forEach((k, v) -> md.append(row(k, v)));
        return md.append('\n').toString();
    }

    private String row(String name, int count) {
        return String.format(Locale.ROOT, "| `%s` | %.1f %% |%n", name, 100.0 * count / Math.max(1, samples));
    }

    private static String name(RecordedMethod method) {
        if (method == null) {
            return "?";
        }
        String type = method.getType() == null ? "?" : method.getType().getName();
        return type + "." + method.getName();
    }
}
