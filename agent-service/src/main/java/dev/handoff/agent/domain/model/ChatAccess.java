package dev.handoff.agent.domain.model;

/** What someone may do with a chat. */
public enum ChatAccess {
    /** Nothing, not even learn that it exists. */
    NONE,
    /** Read it: a supervisor of its tenant. */
    READ,
    /** Read it and, while it is not ended, write in it: its assignee (after the end, its last one). */
    HOLD
}
