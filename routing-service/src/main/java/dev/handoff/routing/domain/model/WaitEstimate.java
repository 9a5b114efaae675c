package dev.handoff.routing.domain.model;

import java.time.Duration;

/** Estimates how long a visitor at a queue position will wait, from the recent pace of assignments. */
public final class WaitEstimate {
    private WaitEstimate() {
    }

    /**
     * The wait for someone at {@code position} (1 = next) when one conversation is taken every
     * {@code timeBetweenAssignments}.
     */
    public static Duration forPosition(int position, Duration timeBetweenAssignments) {
        if (position < 1) {
            throw new IllegalArgumentException("position starts at 1");
        }
        return timeBetweenAssignments.multipliedBy(position);
    }
}
