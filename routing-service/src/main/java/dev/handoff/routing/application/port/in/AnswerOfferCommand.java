package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.shared.id.ConversationId;
import java.util.Objects;

/** Which agent answers the offer of which conversation. */
public record AnswerOfferCommand(ConversationId conversationId, Claimant agent) {
    public AnswerOfferCommand {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(agent, "agent");
    }
}
