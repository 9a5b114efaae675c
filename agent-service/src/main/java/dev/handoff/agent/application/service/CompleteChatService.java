package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ChatRefusedException;
import dev.handoff.agent.application.port.in.CompleteChatUseCase;
import dev.handoff.agent.application.port.in.ProposeEndUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.PublishChatEventsPort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.EndReason;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndProposed;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Ends a chat at its holder's word, at once or by proposing it to the visitor. Completion ends the view here, in the
 * same transaction as the event, so the chat is read-only at once; the event coming back from Kafka then finds it ended
 * and changes nothing. A proposal is recorded with the event that shows it to the visitor; the chat stays open until
 * the visitor clicks the end button (handoff-service publishes EndedByVisitor) or writes instead (EndProposalWithdrawn).
 */
@ApplicationScoped
public class CompleteChatService implements CompleteChatUseCase, ProposeEndUseCase {
    private final ChatGuard guard;
    private final AgentConversationPort conversations;
    private final PublishChatEventsPort events;
    private final NoticeDistributor board;
    private final Clock clock;

    public CompleteChatService(
            ChatGuard guard,
            AgentConversationPort conversations,
            PublishChatEventsPort events,
            NoticeDistributor board,
            Clock clock) {
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
        board.toHolderAndWatchers(
                chat.tenantId(), chat.id(), actor.agentId(), new AgentNotice.ChatEnded(chat.id(), EndReason.COMPLETED));
        board.overviewChanged(chat.tenantId());
        return chat;
    }

    @Override
    @Transactional
    public AgentConversation proposeEnd(Actor actor, ConversationId conversationId) {
        AgentConversation chat = guard.lockOpen(actor, conversationId);
        Instant now = clock.instant();
        if (!chat.proposeEnd(now)) {
            throw new ChatRefusedException(conversationId, ChatRefusedException.Reason.END_ALREADY_PROPOSED);
        }
        conversations.save(chat);
        events.publish(new EndProposed(
                UUID.randomUUID(), now, chat.tenantId(), chat.id(), actor.agentId(), actor.displayName()));
        // the agent's other tabs show the proposal too
        board.toAgent(chat.tenantId(), actor.agentId(), new AgentNotice.EndProposalChanged(chat.id(), true));
        return chat;
    }
}
