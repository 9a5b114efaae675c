package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.CompleteChatUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.PublishChatEventsPort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.EndReason;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Ends a chat at its holder's word. The view ends here, in the same transaction as the event, so the chat
 * is read-only at once; the event coming back from Kafka then finds it ended and changes nothing.
 */
@ApplicationScoped
public class CompleteChatService implements CompleteChatUseCase {
    private final ChatGuard guard;
    private final AgentConversationPort conversations;
    private final PublishChatEventsPort events;
    private final NoticeBoard board;
    private final Clock clock;

    public CompleteChatService(ChatGuard guard, AgentConversationPort conversations, PublishChatEventsPort events,
            NoticeBoard board, Clock clock) {
        this.guard = guard;
        this.conversations = conversations;
        this.events = events;
        this.board = board;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AgentConversation complete(Actor actor, ConversationId conversationId) {
        AgentConversation chat = guard.lockOpen(actor, conversationId);
        Instant now = clock.instant();
        chat.ended(EndReason.COMPLETED, now);
        conversations.save(chat);
        events.publish(new Completed(UUID.randomUUID(), now, chat.tenantId(), chat.id(), actor.agentId()));
        board.toHolderAndWatchers(chat.tenantId(), chat.id(), actor.agentId(),
                new AgentNotice.ChatEnded(chat.id(), EndReason.COMPLETED));
        board.overviewChanged(chat.tenantId());
        return chat;
    }
}
