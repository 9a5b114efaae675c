package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.shared.id.ConversationId;
import java.util.Objects;

/**
 * The holder read a chat.
 *
 * @param upToSequence the newest message the console showed; null for everything stored so far
 */
public record MarkChatReadCommand(Actor actor, ConversationId conversationId, Long upToSequence) {
    public MarkChatReadCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(conversationId, "conversationId");
        if (upToSequence != null && upToSequence < 0) {
            throw new InvalidCommandException("upToSequence", "upToSequence must be 0 or more");
        }
    }
}
