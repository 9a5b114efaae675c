package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.shared.id.ConversationId;
import java.util.Objects;

/** Who claims which conversation. */
public record ClaimConversationCommand(ConversationId conversationId, Claimant claimant) {
    public ClaimConversationCommand {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(claimant, "claimant");
    }
}
