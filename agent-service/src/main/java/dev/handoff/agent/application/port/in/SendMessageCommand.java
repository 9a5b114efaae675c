package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.shared.id.ConversationId;
import java.util.Objects;

/**
 * An agent writing in a chat.
 *
 * @param clientMessageId the console's key for this message: sending it again returns the first message
 * @param text trimmed here; 1 to 4000 characters, else {@link InvalidCommandException}
 */
public record SendMessageCommand(Actor actor, ConversationId conversationId, String clientMessageId, String text) {
    public SendMessageCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(conversationId, "conversationId");
        String key = clientMessageId;
        clientMessageId = InvalidCommandException.check("clientMessageId", () -> ChatMessage.clientMessageId(key));
        String raw = text;
        text = InvalidCommandException.check("text", () -> ChatMessage.agentText(raw));
    }
}
