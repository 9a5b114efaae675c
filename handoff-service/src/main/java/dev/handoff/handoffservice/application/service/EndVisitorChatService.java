package dev.handoff.handoffservice.application.service;

import dev.handoff.handoffservice.application.port.in.AcceptEndProposalUseCase;
import dev.handoff.handoffservice.application.port.in.ChatNotOpenException;
import dev.handoff.handoffservice.application.port.in.EndVisitorChatUseCase;
import dev.handoff.handoffservice.application.port.in.NoEndProposalException;
import dev.handoff.handoffservice.application.port.out.LoadConversationPort;
import dev.handoff.handoffservice.application.port.out.PublishConversationEventPort;
import dev.handoff.handoffservice.domain.model.Conversation;
import dev.handoff.handoffservice.domain.model.ConversationStatus;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The visitor leaves, at any time or by clicking the end button the agent proposed: the chat ends for everyone, once. */
@ApplicationScoped
public class EndVisitorChatService implements EndVisitorChatUseCase, AcceptEndProposalUseCase {
    private final LoadConversationPort conversations;
    private final ChatEndings endings;
    private final PublishConversationEventPort events;
    private final Clock clock;

    public EndVisitorChatService(LoadConversationPort conversations, ChatEndings endings,
            PublishConversationEventPort events, Clock clock) {
        this.conversations = conversations;
        this.endings = endings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void end(TenantId tenantId, ConversationId conversationId) {
        endLocked(TenantChats.require(conversations.loadForUpdate(conversationId), tenantId, conversationId));
    }

    @Override
    @Transactional
    public void accept(TenantId tenantId, ConversationId conversationId) {
        Conversation chat = TenantChats.require(conversations.loadForUpdate(conversationId), tenantId, conversationId);
        if (!chat.isActive()) {
            throw new ChatNotOpenException(chat.id(), chat.status());
        }
        if (chat.endProposedAt() == null) {
            throw new NoEndProposalException(chat.id());
        }
        endLocked(chat);
    }

    private void endLocked(Conversation chat) {
        Instant now = clock.instant();
        if (endings.end(chat, ConversationStatus.ENDED_BY_VISITOR, now)) {
            events.publish(new EndedByVisitor(UUID.randomUUID(), now, chat.tenantId(), chat.id()));
        }
    }
}
