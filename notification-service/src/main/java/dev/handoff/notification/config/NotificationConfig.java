package dev.handoff.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * {@code handoff.notification.*}: mails, timers, retries and the jobs; the intervals are read by the scheduled jobs
 * themselves.
 */
@ConfigMapping(prefix = "handoff.notification")
public interface NotificationConfig {
    /** The domain of the mails' {@code Message-ID}s. */
    @WithDefault("handoff.local")
    String messageIdDomain();

    /** The longest one mail's exchange with the mail server may take. */
    @WithDefault("30s")
    Duration mailTimeout();

    /** Settled notifications and quiet conversations are deleted after this long. */
    @WithDefault("30d")
    Duration retention();

    /**
     * The ids of consumed events (the inbox) are deleted after this long: longer than the topics keep their records
     * (7 days), so a record that can still be delivered again is still recognised.
     */
    @WithDefault("14d")
    Duration inboxRetention();

    /** How often settled notifications, quiet conversations and old inbox ids are deleted. */
    @WithDefault("1h")
    Duration pruneInterval();

    /** How often the gauges of pending timers and mails are refreshed. */
    @WithDefault("15s")
    Duration gaugeInterval();

    NewRequest newRequest();

    Batch batch();

    Retry retry();

    Dispatch dispatch();

    /** "New request" mails. */
    interface NewRequest {
        /** How long a new request waits for routing's queue place before it is mailed without one. */
        @WithDefault("30s")
        Duration queueGrace();
    }

    /** What one mail quotes. */
    interface Batch {
        /** Visitor messages quoted per mail; the rest are counted. */
        @WithDefault("20")
        int maxMessages();
    }

    /** Failed mails: a delay doubling from the first to the longest, for so many attempts in all. */
    interface Retry {
        @WithDefault("1m")
        Duration firstDelay();

        @WithDefault("1h")
        Duration maxDelay();

        @WithDefault("12")
        int maxAttempts();
    }

    /** The jobs that fire timers and send mails. */
    interface Dispatch {
        /** How often every replica looks for due timers and mails... */
        @WithDefault("1s")
        Duration interval();

        /** ...starting this long after the start. */
        @WithDefault("5s")
        Duration delay();

        /** Timers fired and mails tried per run; a backlog is worked off in slices of this size. */
        @WithDefault("100")
        @Positive
        int maxPerRun();

        /**
         * Due timers claimed and decided in one transaction, their tenants' lists read once for all of them; a slice
         * that fails is decided again one timer per transaction.
         */
        @WithDefault("50")
        @Positive
        int sliceSize();
    }
}
