package dev.handoff.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** A load run's result as {@code load-report.json} and {@code load-report.md}: flows, floor, machine, commit. */
public final class LoadReport {
    static final String BEGIN = "<!-- load-bench:begin -->";
    static final String END = "<!-- load-bench:end -->";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<FlowResult> flows;
    private final KafkaFloor.Result floor;
    private final IdleBaseline idle;
    private final Machine machine;
    private final Instant started;
    private final boolean full;

    LoadReport(
            List<FlowResult> flows,
            KafkaFloor.Result floor,
            IdleBaseline idle,
            Machine machine,
            Instant started,
            boolean full) {
        this.flows = List.copyOf(flows);
        this.floor = floor;
        this.idle = idle;
        this.machine = machine;
        this.started = started;
        this.full = full;
    }

    public List<FlowResult> flows() {
        return flows;
    }

    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(
                directory.resolve("load-report.json"), JSON.writeValueAsString(json()), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("load-report.md"), markdown(), StandardCharsets.UTF_8);
    }

    /** Puts the Markdown between the {@code load-bench} markers of {@code document}, adding them if it has none. */
    public void writeInto(Path document) throws IOException {
        String text = Files.exists(document)
                ? Files.readString(document, StandardCharsets.UTF_8)
                : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
        int from = text.indexOf(BEGIN);
        int to = text.indexOf(END);
        if (from < 0 || to < from) {
            text = text + "\n" + BEGIN + "\n" + END + "\n";
            from = text.indexOf(BEGIN);
            to = text.indexOf(END);
        }
        Files.writeString(
                document,
                text.substring(0, from + BEGIN.length()) + "\n" + markdown() + text.substring(to),
                StandardCharsets.UTF_8);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "Run of %s (%s), commit `%s`; machine: %d cores, load average %s before "
                        + "and %s after, Java %s.%n%n",
                started,
                full ? "-Dload.full=true" : "smoke",
                machine.commit(),
                machine.cores(),
                machine.loadBefore(),
                machine.loadAfter(),
                machine.java()));
        md.append(String.format(
                Locale.ROOT,
                "Floor: Kafka %s `EndToEndLatency`, %d records of %d bytes, acks=1: "
                        + "p50 %d ms, p99 %d ms, p99.9 %d ms, average %.2f ms.%n%n",
                floor.toolVersion(),
                floor.messages(),
                floor.messageBytes(),
                floor.p50Millis(),
                floor.p99Millis(),
                floor.p999Millis(),
                floor.averageMillis()));
        idleLine(md);
        md.append("| flow | rate/s | s | chats | sent | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | floor p99 ms "
                + "| p99 / floor | lost | dup | reordered | refused | CPU ms/msg | above idle |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (FlowResult f : flows) {
            FlowVerdict v = f.verdict();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d "
                            + "| %.1f | %d | %d | %s | %d | %.1f | %s |%n",
                    v.flow(),
                    f.settings().rate(),
                    f.settings().duration().toSeconds(),
                    f.settings().chats(),
                    v.sent(),
                    v.millisAt(50),
                    v.millisAt(90),
                    v.millisAt(99),
                    v.millisAt(99.9),
                    v.maxMillis(),
                    floor.p99Millis(),
                    f.ratioTo(floor),
                    v.lost(),
                    v.duplicated(),
                    v.reordered() < 0 ? "n/a" : v.reordered(),
                    v.refused(),
                    f.cpuMillisPerMessage().get("total"),
                    idle.measuredAnything()
                            ? String.format(Locale.ROOT, "%.1f", f.cpuMillisPerMessageAbove(idle))
                            : "n/a"));
        }
        TreeSet<String> components = new TreeSet<>();
        flows.forEach(f -> components.addAll(f.cpuMillis().keySet()));
        md.append("\nCPU milliseconds per delivered message, per process of the stack (from /proc/<pid>/stat):\n\n");
        md.append("| flow | ").append(String.join(" | ", components)).append(" |\n|---|");
        components.forEach(c -> md.append("---|"));
        md.append('\n');
        for (FlowResult f : flows) {
            md.append("| ").append(f.verdict().flow()).append(" |");
            Map<String, Double> per = f.cpuMillisPerMessage();
            components.forEach(c -> md.append(String.format(Locale.ROOT, " %.2f |", per.getOrDefault(c, 0.0))));
            md.append('\n');
        }
        md.append("\nResident memory (MiB) of each process of the stack at the end of each flow, its sockets still "
                        + "open:\n\n| flow | ")
                .append(String.join(" | ", components))
                .append(" |\n|---|");
        components.forEach(c -> md.append("---|"));
        md.append('\n');
        for (FlowResult f : flows) {
            md.append("| ").append(f.verdict().flow()).append(" |");
            components.forEach(c ->
                    md.append(' ').append(f.residentMib().getOrDefault(c, 0L)).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    private void idleLine(StringBuilder md) {
        if (!idle.measuredAnything()) {
            return;
        }
        Map<String, Double> rate = new TreeMap<>(idle.millisPerSecond());
        Double total = rate.remove("total");
        List<String> parts = rate.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                .toList();
        md.append(String.format(
                Locale.ROOT,
                "Idle: with no load the stack spent %.1f ms of CPU per second (%s), watched for %d s before the "
                        + "flows; \"above idle\" is a flow's CPU per message less that rate over the flow's time.%n%n",
                total == null ? 0.0 : total,
                String.join(", ", parts),
                idle.measured().toSeconds()));
    }

    ObjectNode json() {
        ObjectNode root =
                JSON.createObjectNode().put("started", started.toString()).put("full", full);
        root.set("machine", JSON.valueToTree(machine));
        root.set("floor", JSON.valueToTree(floor));
        root.set("idleCpuMillisPerSecond", JSON.valueToTree(idle.millisPerSecond()));
        var array = root.putArray("flows");
        for (FlowResult f : flows) {
            FlowVerdict v = f.verdict();
            ObjectNode flow = array.addObject()
                    .put("flow", v.flow())
                    .put("rate", f.settings().rate())
                    .put("seconds", f.settings().duration().toSeconds())
                    .put("chats", f.settings().chats())
                    .put("sent", v.sent())
                    .put("arrived", v.arrived())
                    .put("lost", v.lost())
                    .put("duplicated", v.duplicated())
                    .put("reordered", v.reordered())
                    .put("refused", v.refused())
                    .put("unexpected", v.unexpected())
                    .put("p50Ms", v.millisAt(50))
                    .put("p90Ms", v.millisAt(90))
                    .put("p99Ms", v.millisAt(99))
                    .put("p999Ms", v.millisAt(99.9))
                    .put("maxMs", v.maxMillis())
                    .put("floorP99Ms", floor.p99Millis())
                    .put("p99OverFloor", f.ratioTo(floor));
            flow.set("cpuMillis", JSON.valueToTree(f.cpuMillis()));
            flow.set("cpuMillisPerMessage", JSON.valueToTree(f.cpuMillisPerMessage()));
            flow.put("elapsedMillis", f.elapsedMillis());
            if (idle.measuredAnything()) {
                flow.put("cpuMillisPerMessageAboveIdle", f.cpuMillisPerMessageAbove(idle));
            }
            flow.set("residentMib", JSON.valueToTree(f.residentMib()));
        }
        return root;
    }
}
