package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.AcceptEndProposalUseCase;
import dev.handoff.handoff.application.port.in.ChatNotOpenException;
import dev.handoff.handoff.application.port.in.EndVisitorChatUseCase;
import dev.handoff.handoff.application.port.in.LeaveMessageCommand;
import dev.handoff.handoff.application.port.in.LeaveMessageRefusedException;
import dev.handoff.handoff.application.port.in.LeaveMessageUseCase;
import dev.handoff.handoff.application.port.in.NoEndProposalException;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.application.port.out.PublishConversationEventPort;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The visitor leaves, at any time, by clicking the end button the agent proposed, or with a message left instead of
 * waiting: the chat ends for everyone, once.
 */
@ApplicationScoped
public class EndVisitorChatService implements EndVisitorChatUseCase, AcceptEndProposalUseCase, LeaveMessageUseCase {
    private final LoadConversationPort conversations;
    private final ChatEndings endings;
    private final PublishConversationEventPort events;
    private final Clock clock;

    public EndVisitorChatService(
            LoadConversationPort conversations, ChatEndings endings, PublishConversationEventPort events, Clock clock) {
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

    /**
     * Only while the chat waits and the visitor was offered to, under the chat's lock: the end (feed entry for the
     * visitor) and {@code MessageLeft} (outbox) commit together, so the message is never lost nor sent for a chat an
     * agent took meanwhile.
     */
    @Override
    @Transactional
    public void leave(LeaveMessageCommand command) {
        Conversation chat = TenantChats.require(
                conversations.loadForUpdate(command.conversationId()), command.tenantId(), command.conversationId());
        if (chat.status() != ConversationStatus.WAITING) {
            // also a second message after the first ended the wait: the visitor was told it ended (left_message)
            throw new LeaveMessageRefusedException(
                    LeaveMessageRefusedException.NOT_WAITING,
                    "A message can be left only while the chat waits for an agent.");
        }
        if (!chat.mayLeaveMessage()) {
            throw new LeaveMessageRefusedException(
                    LeaveMessageRefusedException.NOT_OFFERED,
                    "A message can be left once it is offered (leave-message-offered).");
        }
        Instant now = clock.instant();
        endings.end(chat, ConversationStatus.LEFT_MESSAGE, now);
        events.publish(new MessageLeft(
                UUID.randomUUID(),
                now,
                chat.tenantId(),
                chat.id(),
                chat.botId(),
                chat.team(),
                command.name(),
                command.email(),
                command.message()));
    }

    private void endLocked(Conversation chat) {
        Instant now = clock.instant();
        if (endings.end(chat, ConversationStatus.ENDED_BY_VISITOR, now)) {
            events.publish(new EndedByVisitor(UUID.randomUUID(), now, chat.tenantId(), chat.id()));
        }
    }
}
