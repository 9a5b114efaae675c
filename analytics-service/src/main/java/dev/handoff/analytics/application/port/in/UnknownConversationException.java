package dev.handoff.analytics.application.port.in;

import dev.handoff.shared.id.ConversationId;

/** The caller's tenant has no chat with this id (another tenant's is unknown too). */
public class UnknownConversationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownConversationException(ConversationId conversation) {
        super("There is no conversation " + conversation + ".");
    }
}
