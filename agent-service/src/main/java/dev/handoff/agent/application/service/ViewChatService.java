package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ChatView;
import dev.handoff.agent.application.port.in.ViewChatUseCase;
import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Shows one chat to its holder or a supervisor of its tenant. */
@ApplicationScoped
public class ViewChatService implements ViewChatUseCase {
    private final ChatGuard guard;
    private final ChatMessagePort messages;

    public ViewChatService(ChatGuard guard, ChatMessagePort messages) {
        this.guard = guard;
        this.messages = messages;
    }

    @Override
    @Transactional
    public ChatView view(Actor actor, ConversationId conversationId) {
        AgentConversation chat = guard.readable(actor, conversationId);
        return ChatView.withReadMark(
                chat, messages.of(conversationId), messages.readMark(conversationId, actor.agentId()));
    }
}
