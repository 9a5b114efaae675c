package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.shared.id.ConversationId;

/**
 * The holder proposes to end the chat: the visitor sees the end message with its button and decides. Throws
 * {@link ChatRefusedException} (END_ALREADY_PROPOSED while a proposal waits, ENDED, NOT_FOUND, NOT_HOLDER).
 */
public interface ProposeEndUseCase {
    AgentConversation proposeEnd(Actor actor, ConversationId conversationId);
}
