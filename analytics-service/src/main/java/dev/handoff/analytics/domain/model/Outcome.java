package dev.handoff.analytics.domain.model;

import java.time.Instant;

/** How a chat ended, or that it has not. */
public enum Outcome {
    /** Nobody took it yet. */
    WAITING,
    /** An agent holds it. */
    OPEN,
    COMPLETED,
    /** The visitor ended it after an agent took it. */
    ENDED_BY_VISITOR,
    /** It expired after an agent took it. */
    EXPIRED,
    /** The visitor left before any agent took it. */
    ABANDONED_VISITOR_LEFT,
    /** It expired before any agent took it. */
    ABANDONED_EXPIRED,
    /** Nobody was accepting and the visitor left a message instead of waiting (before any agent took it). */
    LEFT_MESSAGE;

    public static Outcome of(FactState chat) {
        if (chat.leftMessage()) {
            return LEFT_MESSAGE;
        } else if (chat.leftBeforeAccept()) {
            return ABANDONED_VISITOR_LEFT;
        } else if (chat.expiredBeforeAccept()) {
            return ABANDONED_EXPIRED;
        }
        Instant end = chat.endAt();
        if (end == null) {
            return chat.accepted() ? OPEN : WAITING;
        } else if (end.equals(chat.completedAt())) {
            return COMPLETED;
        }
        return end.equals(chat.endedAt()) ? ENDED_BY_VISITOR : EXPIRED;
    }
}
