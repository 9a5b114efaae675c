package dev.handoff.routing.application.port.in;

import dev.handoff.shared.id.ConversationId;

/** An answer to an offer that changed nothing, and why. */
public class OfferRefusedException extends RuntimeException {
    /** Why an answer was refused. */
    public enum Reason {
        NOT_FOUND,
        /** Offered to somebody else, or another tenant's conversation. */
        NOT_YOURS,
        /** The caller's offer ran out. */
        EXPIRED,
        /** Nothing is offered to the caller. */
        NO_OFFER,
        AT_CAPACITY
    }

    private final transient ConversationId conversationId;
    private final Reason reason;
    private final int capacity;

    public OfferRefusedException(ConversationId conversationId, Reason reason, int capacity) {
        super(reason + " for " + conversationId.value());
        this.conversationId = conversationId;
        this.reason = reason;
        this.capacity = capacity;
    }

    public static OfferRefusedException because(ConversationId conversationId, Reason reason) {
        return new OfferRefusedException(conversationId, reason, 0);
    }

    public ConversationId conversationId() {
        return conversationId;
    }

    public Reason reason() {
        return reason;
    }

    /** The caller's limit of concurrent chats, for {@link Reason#AT_CAPACITY}. */
    public int capacity() {
        return capacity;
    }
}
