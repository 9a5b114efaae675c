package dev.handoff.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One flow of a run: how it was driven, what it measured, and the CPU the stack's processes spent on it.
 *
 * @param cpuMillis   CPU milliseconds per component between the flow's start and the end of its drain
 * @param residentMib resident memory per component at the end of the flow (with its sockets still open), MiB
 * @param elapsedMillis wall time between the two CPU readings
 */
public record FlowResult(
        FlowSettings settings,
        FlowVerdict verdict,
        Map<String, Long> cpuMillis,
        Map<String, Long> residentMib,
        long elapsedMillis) {

    /** CPU milliseconds per delivered message, per component, and {@code total}. */
    public Map<String, Double> cpuMillisPerMessage() {
        Map<String, Double> per = new TreeMap<>();
        int messages = Math.max(1, verdict.arrived());
        cpuMillis.forEach((name, ms) -> per.put(name, ms / (double) messages));
        per.put("total", cpuMillis.values().stream().mapToLong(Long::longValue).sum() / (double) messages);
        return per;
    }

    /**
     * CPU milliseconds per delivered message over the whole stack less what it spends idle over the same time: what
     * the messages themselves cost. Never below zero.
     */
    public double cpuMillisPerMessageAbove(IdleBaseline idle) {
        double total = cpuMillis.values().stream().mapToLong(Long::longValue).sum();
        return Math.max(0, total - idle.totalOver(elapsedMillis)) / Math.max(1, verdict.arrived());
    }

    /** Our p99 over the floor's (the tool prints whole milliseconds: a 0 counts as 1 ms). */
    public double ratioTo(KafkaFloor.Result floor) {
        return verdict.millisAt(99) / Math.max(1, floor.p99Millis());
    }

    /**
     * The rows of flows that ran at the same time ({@code settings} and {@code verdicts} in the same order): each
     * carries the stack's CPU over their one window, which its CPU per message divides by its own deliveries.
     */
    static List<FlowResult> together(
            List<FlowSettings> settings,
            List<FlowVerdict> verdicts,
            Map<String, Long> before,
            Map<String, Long> after,
            Map<String, Long> residentMib,
            long elapsedMillis) {
        Map<String, Long> spent = spent(before, after);
        List<FlowResult> rows = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            rows.add(new FlowResult(settings.get(i), verdicts.get(i), spent, residentMib, elapsedMillis));
        }
        return rows;
    }

    /** The difference of two readings of {@link StackProcesses#cpuMillis()}. */
    static Map<String, Long> spent(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> spent = new TreeMap<>();
        after.forEach((name, ms) -> spent.put(name, Math.max(0, ms - before.getOrDefault(name, ms))));
        return spent;
    }
}
