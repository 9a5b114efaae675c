package dev.handoff.bench.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Records the stack's JVMs with JFR (the {@code profile} settings: a Java sample every 10 ms per running thread) through
 * {@code jcmd}, one recording per JVM around a piece of work, and summarises each as {@link Hotspots}.
 */
public final class JfrRecorder {
    private static final String NAME = "handoff-bench";
    private final Path directory;

    /** @param directory where the {@code .jfr} files and the summary go */
    public JfrRecorder(Path directory) {
        this.directory = directory;
    }

    /** Starts a recording in each JVM ({@code component -> pids}); a JVM that refuses is left out. */
    public void start(Map<String, List<Long>> jvms) {
        jvms.values().forEach(pids -> pids.forEach(pid -> jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile")));
    }

    /** Stops the recordings, writes {@code <label>/<component>-<pid>.jfr}, returns their summaries by component. */
    public Map<String, Hotspots> stop(String label, Map<String, List<Long>> jvms) throws IOException {
        Path into = Files.createDirectories(directory.resolve(label));
        Map<String, Hotspots> found = new TreeMap<>();
        for (Map.Entry<String, List<Long>> jvm : jvms.entrySet()) {
            for (Long pid : jvm.getValue()) {
                Path file = into.resolve(jvm.getKey() + "-" + pid + ".jfr");
                if (jcmd(pid, "JFR.stop", "name=" + NAME, "filename=" + file) && Files.exists(file)) {
                    found.put(jvm.getValue().size() == 1 ? jvm.getKey() : jvm.getKey() + "-" + pid, Hotspots.of(file));
                }
            }
        }
        StringBuilder md = new StringBuilder("### ").append(label).append("\n\n");
        found.forEach((component, hotspots) -> md.append(hotspots.markdown(component, 12)));
        Files.writeString(into.resolve("hotspots.md"), md.toString(), StandardCharsets.UTF_8);
        return found;
    }

    private static boolean jcmd(long pid, String... command) {
        List<String> line = new java.util.ArrayList<>(List.of("jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
