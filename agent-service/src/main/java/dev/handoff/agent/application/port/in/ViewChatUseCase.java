package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.shared.id.ConversationId;

/** One chat with its visitor, bot history and messages; throws {@link ChatRefusedException} (not found). */
public interface ViewChatUseCase {
    ChatView view(Actor actor, ConversationId conversationId);
}
