package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;

/** The visitor confirmed an end nobody proposed (or that their own message withdrew): nothing changed. */
public class NoEndProposalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoEndProposalException(ConversationId id) {
        super("No proposal to end the live chat " + id + " is pending: the agent has not proposed it, or a message"
                + " written since withdrew it. The chat goes on; to leave anyway, end it.");
    }
}
