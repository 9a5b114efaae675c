package dev.handoff.routing.domain.model;

/**
 * Where a conversation stands in serving order: higher priority first, then earlier arrival.
 *
 * @param arrival a number that grows with arrival (the queue keeps it when a conversation returns)
 */
public record QueuePlace(int priority, long arrival) {
    /** Whether {@code other} is served after this place. */
    public boolean isBefore(QueuePlace other) {
        return priority > other.priority || (priority == other.priority && arrival < other.arrival);
    }
}
