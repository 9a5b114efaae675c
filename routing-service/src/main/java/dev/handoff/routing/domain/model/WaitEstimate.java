package dev.handoff.routing.domain.model;

import java.time.Duration;

/**
 * Estimates how long a visitor at a queue position will wait: position times the queue's time between two
 * assignments (position / assignment rate), that time measured by {@link AssignmentPace}.
 */
public final class WaitEstimate {
    private WaitEstimate() {}

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

    /** {@link #forPosition} in whole seconds, rounded up: a visitor is never told that nobody is ahead of them. */
    public static long secondsFor(int position, Duration timeBetweenAssignments) {
        Duration wait = forPosition(position, timeBetweenAssignments);
        return wait.getNano() == 0 ? wait.getSeconds() : wait.getSeconds() + 1;
    }
}
