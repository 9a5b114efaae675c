package dev.handoff.shared.model;

/** How a conversation came to an agent. */
public enum AssignmentMethod {
    /** Routing chose the agent (least busy, possibly after an offer). */
    AUTO,
    /** The agent accepted it from the pending list, first come first served. */
    CLAIM,
    /** Another agent or a supervisor handed it over. */
    TRANSFER
}
