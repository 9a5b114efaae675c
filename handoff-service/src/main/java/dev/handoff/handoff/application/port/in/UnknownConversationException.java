package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;

/** No conversation of the caller has this id; another tenant's or bot's looks the same, so nothing leaks. */
public class UnknownConversationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownConversationException(ConversationId id) {
        super("You have no conversation " + id + ".");
    }
}
