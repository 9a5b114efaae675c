package dev.handoff.handoff.domain.model;

/** Where a live chat is, as the visitor experiences it. */
public enum ConversationStatus {
    WAITING(true),
    ASSIGNED(true),
    COMPLETED(false),
    ENDED_BY_VISITOR(false),
    EXPIRED(false),
    /** The visitor, offered to because nobody was accepting, left a message instead of waiting. */
    LEFT_MESSAGE(false);

    private final boolean active;

    ConversationStatus(boolean active) {
        this.active = active;
    }

    public boolean isActive() {
        return active;
    }
}
