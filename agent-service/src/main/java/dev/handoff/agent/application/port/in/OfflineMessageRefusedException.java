package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.OfflineMessage;
import dev.handoff.shared.id.ConversationId;

/** A message left that the caller cannot mark handled, and why. */
public class OfflineMessageRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ConversationId conversationId;
    private final transient OfflineMessage handled;

    /**
     * @param handled the message as someone already handled it; null: there is no such message for the caller
     */
    public OfflineMessageRefusedException(ConversationId conversationId, OfflineMessage handled) {
        super((handled == null ? "no message left for " : "already handled: ") + conversationId.value());
        this.conversationId = conversationId;
        this.handled = handled;
    }

    public ConversationId conversationId() {
        return conversationId;
    }

    /** The message as already handled, or null when the caller has no such message. */
    public OfflineMessage handled() {
        return handled;
    }
}
