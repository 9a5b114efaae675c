package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.shared.id.ConversationId;
import java.util.Objects;

/** An agent started or stopped typing in a chat. */
public record SignalTypingCommand(Actor actor, ConversationId conversationId, boolean typing) {
    public SignalTypingCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
