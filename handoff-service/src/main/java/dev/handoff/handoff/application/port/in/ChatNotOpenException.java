package dev.handoff.handoff.application.port.in;

import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.id.ConversationId;

/** The chat has ended: nothing more can be posted to it. */
public class ChatNotOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ConversationStatus status;

    public ChatNotOpenException(ConversationId id, ConversationStatus status) {
        super("The live chat " + id + " has ended (" + status.name().toLowerCase(java.util.Locale.ROOT) + ").");
        this.status = status;
    }

    public ConversationStatus status() {
        return status;
    }
}
