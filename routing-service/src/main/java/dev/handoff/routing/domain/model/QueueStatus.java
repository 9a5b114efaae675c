package dev.handoff.routing.domain.model;

/** Where a queued conversation stands in routing. */
public enum QueueStatus {
    WAITING,
    ASSIGNED,
    ENDED
}
