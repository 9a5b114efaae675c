package dev.handoff.bench.load;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits for the stack to finish unmeasured work before a flow is measured: routing queues a filled waiting line long
 * before agent-service, notification- and analytics-service have consumed it, and a flow measured meanwhile would be
 * charged, in CPU and latency, for that backlog. Settled means the stack's CPU over one window is back near its idle
 * rate (the run's {@link IdleBaseline}); if it never gets there the flow runs anyway and the log says so.
 */
final class StackSettling {
    private static final System.Logger LOG = System.getLogger(StackSettling.class.getName());
    private static final Duration WINDOW = Duration.ofSeconds(3);
    /** Above idle, what a stack still working off a backlog would exceed (a handoff costs tens of ms). */
    private static final double MARGIN_MILLIS_PER_SECOND = 150;

    private final StackProcesses processes;
    private final IdleBaseline idle;

    StackSettling(StackProcesses processes, IdleBaseline idle) {
        this.processes = processes;
        this.idle = idle;
    }

    /** Returns once one window's CPU rate is at most the idle rate plus the margin, or after {@code atMost}. */
    void awaitSettled(Duration atMost) {
        if (!idle.measuredAnything()) {
            return; // no idle rate to compare with (the smoke)
        }
        double limit = idle.millisPerSecond().getOrDefault("total", 0.0) + MARGIN_MILLIS_PER_SECOND;
        AtomicReference<Sample> last = new AtomicReference<>(sample());
        long start = System.nanoTime();
        try {
            await().atMost(atMost).pollDelay(WINDOW).pollInterval(WINDOW).until(() -> {
                Sample now = sample();
                return now.rateSince(last.getAndSet(now)) <= limit;
            });
            LOG.log(System.Logger.Level.INFO, "the stack settled after {0} s", seconds(start));
        } catch (ConditionTimeoutException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "the stack was still busy after {0} s; measuring anyway",
                    seconds(start));
        }
    }

    private Sample sample() {
        Map<String, Long> cpu = processes.cpuMillis();
        return new Sample(cpu.values().stream().mapToLong(Long::longValue).sum(), System.nanoTime());
    }

    private static long seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000L;
    }

    /** The stack's CPU milliseconds so far, and when they were read. */
    private record Sample(long cpuMillis, long nanos) {
        double rateSince(Sample earlier) {
            double seconds = Math.max(1, nanos - earlier.nanos) / 1e9;
            return (cpuMillis - earlier.cpuMillis) / seconds;
        }
    }
}
