package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.shared.id.ConversationId;
import java.util.Objects;
import java.util.UUID;

/** An agent sending a quick reply as a message; idempotent per client message id like any message. */
public record SendQuickReplyCommand(
        Actor actor, ConversationId conversationId, UUID quickReplyId, String clientMessageId) {
    public SendQuickReplyCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(quickReplyId, "quickReplyId");
        String key = clientMessageId;
        clientMessageId = InvalidCommandException.check("clientMessageId", () -> ChatMessage.clientMessageId(key));
    }
}
