package dev.handoff.agent.domain.model;

/** How a chat ended. */
public enum EndReason {
    /** An agent marked it complete. */
    COMPLETED,
    ENDED_BY_VISITOR,
    /** Nobody wrote for the bot's inactivity timeout. */
    EXPIRED,
    /** Nobody was accepting and the waiting visitor left a message instead. */
    LEFT_MESSAGE
}
