package dev.handoff.bench.load;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the stack's processes spend with no load at all (timers, consumers' polls, the broker's and the database's own
 * housekeeping), per second, measured before the flows. A flow's CPU per message includes this share of the time it
 * ran; at a low rate it is a large part of it, at the target rate a small one, so the report shows both.
 *
 * @param millisPerSecond CPU milliseconds per second of wall time, per component and {@code total}
 * @param measured        how long the stack was watched
 */
public record IdleBaseline(Map<String, Double> millisPerSecond, Duration measured) {
    /** No baseline (the smoke): nothing is subtracted. */
    public static final IdleBaseline NONE = new IdleBaseline(Map.of(), Duration.ZERO);

    public IdleBaseline {
        millisPerSecond = Map.copyOf(millisPerSecond);
    }

    /** Watches the idle stack for {@code window}; a zero window measures nothing. */
    public static IdleBaseline measure(StackProcesses processes, Duration window) throws InterruptedException {
        if (window.isZero() || window.isNegative()) {
            return NONE;
        }
        Map<String, Long> before = processes.cpuMillis();
        long start = System.nanoTime();
        Thread.sleep(window.toMillis()); // the measurement window itself, not a wait for anything
        Map<String, Long> after = processes.cpuMillis();
        return of(FlowResult.spent(before, after), (System.nanoTime() - start) / 1_000_000L);
    }

    /** The baseline from CPU milliseconds spent per component over {@code elapsedMillis} of wall time. */
    static IdleBaseline of(Map<String, Long> spent, long elapsedMillis) {
        double seconds = Math.max(1, elapsedMillis) / 1000.0;
        Map<String, Double> rate = new TreeMap<>();
        spent.forEach((name, ms) -> rate.put(name, ms / seconds));
        rate.put("total", spent.values().stream().mapToLong(Long::longValue).sum() / seconds);
        return new IdleBaseline(rate, Duration.ofMillis(elapsedMillis));
    }

    public boolean measuredAnything() {
        return !measured.isZero();
    }

    /** CPU milliseconds the whole stack would have spent idle over {@code elapsedMillis}. */
    public double totalOver(long elapsedMillis) {
        return millisPerSecond.getOrDefault("total", 0.0) * elapsedMillis / 1000.0;
    }
}
