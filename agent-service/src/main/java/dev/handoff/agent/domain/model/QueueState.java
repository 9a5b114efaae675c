package dev.handoff.agent.domain.model;

/** Where a conversation stands from the agents' point of view. */
public enum QueueState {
    /** Requested by the bot, not yet confirmed queued by routing. */
    REQUESTED,
    QUEUED,
    ASSIGNED,
    ENDED
}
