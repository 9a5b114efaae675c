package dev.handoff.agent.application.port.in;

import dev.handoff.shared.id.ConversationId;

/** A chat the caller may not act on as asked, and why. */
public class ChatRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a chat action was refused. */
    public enum Reason {
        /** Unknown, of another tenant, or held by someone else: all look alike, so nothing is revealed. */
        NOT_FOUND,
        /** A supervisor may read the chat but only its holder writes in it. */
        NOT_HOLDER,
        /** The chat ended: it is read-only. */
        ENDED,
        /** The holder proposed to end the chat already and the visitor has not answered. */
        END_ALREADY_PROPOSED
    }

    private final transient ConversationId conversationId;
    private final Reason reason;

    public ChatRefusedException(ConversationId conversationId, Reason reason) {
        super(reason + " for " + conversationId.value());
        this.conversationId = conversationId;
        this.reason = reason;
    }

    public ConversationId conversationId() {
        return conversationId;
    }

    public Reason reason() {
        return reason;
    }
}
