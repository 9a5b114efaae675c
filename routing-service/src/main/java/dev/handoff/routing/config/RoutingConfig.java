package dev.handoff.routing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;

/**
 * {@code routing.*} (the README's table says what each means). The intervals are read by the scheduled jobs
 * themselves; a pace out of range stops the service at start ({@code AssignmentPace}).
 */
@ConfigMapping(prefix = "routing")
public interface RoutingConfig {
    /** Chats an agent may hold at once without a tenant default or an agent's own limit. */
    @PositiveOrZero
    int defaultMaxChatsPerAgent();

    /** The pace wait estimates assume without enough history. */
    @WithDefault("60s")
    Duration defaultTimeBetweenAssignments();

    WaitEstimate waitEstimate();

    Dispatch dispatch();

    Positions positions();

    Sweep offers();

    Sweep overflow();

    Sweep leaveMessage();

    Metrics metrics();

    /** How a queue's pace is measured from its own recent assignments. */
    interface WaitEstimate {
        @WithDefault("30m")
        Duration window();

        @WithDefault("20")
        int sampleSize();

        @WithDefault("3")
        @Min(2)
        int minAssignments();

        /** How long the head of a queue waits with nothing taken before visitors are told nobody is accepting. */
        @WithDefault("5m")
        Duration nobodyAcceptingAfter();

        @WithDefault("15s")
        Duration refreshInterval();
    }

    /** The workers serving queues (AUTO strategies) after commits. */
    interface Dispatch {
        @WithDefault("2")
        int threads();

        @WithDefault("200")
        int stepsPerPass();

        @WithDefault("1s")
        Duration sweepInterval();
    }

    /** Changed queues' places are announced this often: changes within one interval coalesce. */
    interface Positions {
        @WithDefault("1s")
        Duration announceInterval();
    }

    /** A sweep run this often. */
    interface Sweep {
        @WithDefault("1s")
        Duration sweepInterval();
    }

    /** The operators' gauges. */
    interface Metrics {
        Duration refreshInterval();
    }
}
