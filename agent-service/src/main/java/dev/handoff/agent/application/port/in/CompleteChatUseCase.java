package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.shared.id.ConversationId;

/** The holder marks the chat complete; it ends, read-only; throws {@link ChatRefusedException} (ENDED on a repeat). */
public interface CompleteChatUseCase {
    AgentConversation complete(Actor actor, ConversationId conversationId);
}
