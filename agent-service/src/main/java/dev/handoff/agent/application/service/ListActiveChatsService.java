package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ListActiveChatsUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.ChatActivity;
import dev.handoff.agent.domain.model.ChatSummary;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Lists the chats an agent holds, with their newest message and unread count. */
@ApplicationScoped
public class ListActiveChatsService implements ListActiveChatsUseCase {
    private final AgentConversationPort conversations;
    private final ChatMessagePort messages;

    public ListActiveChatsService(AgentConversationPort conversations, ChatMessagePort messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    @Override
    @Transactional
    public List<ChatSummary> activeChats(Actor actor) {
        List<AgentConversation> held = conversations.heldBy(actor.tenantId(), actor.agentId());
        if (held.isEmpty()) {
            return List.of();
        }
        Map<ConversationId, ChatActivity> activity =
                messages.activity(held.stream().map(AgentConversation::id).toList(), actor.agentId());
        return held.stream()
                .map(c -> ChatSummary.of(c, activity.getOrDefault(c.id(), ChatActivity.NONE)))
                .toList();
    }
}
