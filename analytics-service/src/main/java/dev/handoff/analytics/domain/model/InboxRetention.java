package dev.handoff.analytics.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the ids of consumed events are kept. At least a day: a shorter one would forget records a consumer that
 * restarts after a short outage is still reading again.
 */
public record InboxRetention(Duration keep) {
    public InboxRetention {
        Objects.requireNonNull(keep, "keep");
        if (keep.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("the inbox keeps ids at least a day, not " + keep);
        }
    }
}
