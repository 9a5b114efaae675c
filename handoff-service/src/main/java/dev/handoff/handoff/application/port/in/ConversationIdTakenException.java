package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;

/** The conversation id is in use by another bot or tenant, or names a chat that has ended. */
public class ConversationIdTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConversationIdTakenException(ConversationId id) {
        super("Conversation id " + id + " is already used; choose another one.");
    }
}
