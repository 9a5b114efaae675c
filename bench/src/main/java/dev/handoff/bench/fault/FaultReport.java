package dev.handoff.bench.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** The run's result, as {@code fault-report.json} and {@code fault-report.md}, with the machine and the commit. */
public final class FaultReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final FaultSuiteConfig config;
    private final Instant started;
    private final Instant finished;
    private final List<FaultOutcome> outcomes;
    private final List<Ledger.Verdict> verdicts;
    private final Histogram latencies = new Histogram(3_600_000L, 3);
    private final List<String> notes;
    private final String machine;
    private final String commit;

    FaultReport(
            FaultSuiteConfig config,
            Instant started,
            Instant finished,
            List<FaultOutcome> outcomes,
            List<Ledger.Verdict> verdicts,
            Collection<Ledger.Message> messages,
            List<String> notes) {
        this.config = config;
        this.started = started;
        this.finished = finished;
        this.outcomes = List.copyOf(outcomes);
        this.verdicts = List.copyOf(verdicts);
        this.notes = new ArrayList<>(notes);
        messages.stream().filter(m -> m.latency() >= 0).forEach(m -> latencies.recordValue(m.latency()));
        this.machine = machine();
        this.commit = command(config.projectRoot(), "git", "rev-parse", "--short", "HEAD");
    }

    /** True when no message was lost, duplicated or reordered and every fault stayed within its limits. */
    public boolean passed() {
        return verdicts.stream().allMatch(Ledger.Verdict::clean)
                && outcomes.stream().allMatch(FaultOutcome::passes);
    }

    public List<FaultOutcome> outcomes() {
        return outcomes;
    }

    public List<Ledger.Verdict> verdicts() {
        return verdicts;
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(
                directory.resolve("fault-report.json"), JSON.writeValueAsString(json()), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("fault-report.md"), markdown(), StandardCharsets.UTF_8);
    }

    /**
     * Puts the Markdown between the markers {@code <!-- fault-suite:begin -->} and {@code <!-- fault-suite:end -->} of
     * {@code document} and the JSON beside it ({@code <document name>.json}), for {@code docs/reliability.md}.
     */
    public void writeInto(Path document) throws IOException {
        String begin = "<!-- fault-suite:begin -->";
        String end = "<!-- fault-suite:end -->";
        String text = Files.readString(document, StandardCharsets.UTF_8);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IOException(document + " has no " + begin + " ... " + end + " section");
        }
        Files.writeString(
                document,
                text.substring(0, from + begin.length()) + "\n" + markdown() + text.substring(to),
                StandardCharsets.UTF_8);
        String name = document.getFileName().toString().replaceFirst("\\.md$", "");
        Files.writeString(
                document.resolveSibling(name + "-fault-report.json"),
                JSON.writeValueAsString(json()),
                StandardCharsets.UTF_8);
    }

    ObjectNode json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("passed", passed())
                .put("started", started.toString())
                .put("finished", finished.toString())
                .put("commit", commit)
                .put("machine", machine)
                .put("chats", config.chats())
                .put("intervalMillis", config.interval().toMillis());
        ArrayNode faults = root.putArray("faults");
        for (FaultOutcome o : outcomes) {
            faults.addObject()
                    .put("component", o.component())
                    .put("direction", o.direction().name())
                    .put("restartMillis", o.restartMillis())
                    .put("stallMillis", o.stallMillis())
                    .put("resumedAfterReadyMillis", o.resumedAfterReadyMillis())
                    .put("recoveryMillis", o.recoveryMillis())
                    .put("worstLatencyMillis", o.worstLatencyMillis())
                    .put("passes", o.passes());
        }
        ArrayNode messages = root.putArray("messages");
        for (Ledger.Verdict v : verdicts) {
            messages.add(JSON.valueToTree(v));
        }
        root.putObject("latencyMillis")
                .put("p50", latencies.getValueAtPercentile(50))
                .put("p99", latencies.getValueAtPercentile(99))
                .put("max", latencies.getMaxValue())
                .put("count", latencies.getTotalCount());
        root.putPOJO("notes", notes);
        return root;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Run %s to %s, commit `%s`, %s.%n%n", started, finished, commit, machine));
        md.append(String.format(
                Locale.ROOT,
                "%d chats (%d on `/ws/visitor`, %d on Socket.IO), a message every %d ms per"
                        + " sender in both directions; verdict: **%s**.%n%n",
                config.chats(),
                (config.chats() + 1) / 2,
                config.chats() / 2,
                config.interval().toMillis(),
                passed() ? "PASS" : "FAIL"));
        md.append(
                "| fault (SIGKILL, then `./handoff restart`) | direction | restart to healthy | stall | resumed after ready"
                        + " | recovered after | worst message | within limits |\n|---|---|---|---|---|---|---|---|\n");
        for (FaultOutcome o : outcomes) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s | %s |%n",
                    o.component(),
                    o.direction() == dev.handoff.bench.chat.Tag.Direction.VISITOR_TO_AGENT
                            ? "visitor → agent"
                            : "agent → visitor",
                    o.restartMillis() / 1000.0,
                    o.stallMillis() / 1000.0,
                    o.resumedAfterReadyMillis() / 1000.0,
                    o.recoveryMillis() / 1000.0,
                    o.worstLatencyMillis() / 1000.0,
                    o.passes() ? "yes" : "**no**"));
        }
        md.append("\n| direction | sent | acknowledged | stored though not acknowledged | lost (socket / history)"
                + " | duplicated (socket / history) | reordered (socket / history) |\n|---|---|---|---|---|---|---|\n");
        for (Ledger.Verdict v : verdicts) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d / %d | %d / %d | %d / %d |%n",
                    v.direction() == dev.handoff.bench.chat.Tag.Direction.VISITOR_TO_AGENT
                            ? "visitor → agent"
                            : "agent → visitor",
                    v.sent(),
                    v.acked(),
                    v.storedUnacked(),
                    v.lostSocket(),
                    v.lostHistory(),
                    v.duplicatedSocket(),
                    v.duplicatedHistory(),
                    v.reorderedSocket(),
                    v.reorderedHistory()));
        }
        md.append(String.format(
                Locale.ROOT,
                "%nSend-to-shown latency over the whole run: p50 %d ms, p99 %d ms, max %d ms" + " (%d messages).%n",
                latencies.getValueAtPercentile(50),
                latencies.getValueAtPercentile(99),
                latencies.getMaxValue(),
                latencies.getTotalCount()));
        notes.forEach(note -> md.append("\nNote: ").append(note).append('\n'));
        return md.toString();
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        String load = "";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            load = "?";
        }
        return String.format(
                Locale.ROOT,
                "%d cores, %s, Java %s, load average %s at the end",
                runtime.availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"),
                load);
    }

    private static String command(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
