package dev.handoff.routing.domain.model;

/** Where a queued conversation stands in routing. */
public enum QueueStatus {
    WAITING,
    /** Reserved for one agent until the offer is accepted, declined or expires; still in line for the visitor. */
    OFFERED,
    ASSIGNED,
    ENDED
}
