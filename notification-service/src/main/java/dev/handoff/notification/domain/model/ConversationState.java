package dev.handoff.notification.domain.model;

/** Where a conversation is, as far as mails are concerned. */
public enum ConversationState {
    /** Asked for a human; nobody holds it (queued, or back in the queue). */
    WAITING,
    /** An agent holds it. */
    ACTIVE,
    /** Completed, ended by the visitor, or expired. */
    ENDED
}
