package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.SentMessage;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.application.port.out.PublishChatEventsPort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Posts an agent's message in one transaction: stored under the chat's lock (which numbers it and makes a
 * concurrent retry wait and then find it), published through the outbox, and shown on the agent's other tabs.
 * Any translation was made before, outside it: the chat's lock never waits on a translator.
 */
@ApplicationScoped
public class AgentMessages {
    private final ChatGuard guard;
    private final AgentConversationPort conversations;
    private final ChatMessagePort messages;
    private final PublishChatEventsPort events;
    private final NoticeDistributor board;
    private final Clock clock;

    public AgentMessages(
            ChatGuard guard,
            AgentConversationPort conversations,
            ChatMessagePort messages,
            PublishChatEventsPort events,
            NoticeDistributor board,
            Clock clock) {
        this.guard = guard;
        this.conversations = conversations;
        this.messages = messages;
        this.events = events;
        this.board = board;
        this.clock = clock;
    }

    /**
     * Sends {@code text} (asked for only once the message is known to be new and allowed) as {@code outgoing}
     * says, unless the client message id was used before in this chat: then the earlier message is returned
     * and nothing is published.
     */
    @Transactional
    SentMessage post(Actor actor, ConversationId id, String clientMessageId, Supplier<String> text, Outgoing outgoing) {
        AgentConversation chat = guard.lockHeld(actor, id);
        Optional<ChatMessage> earlier = messages.byClientMessageId(id, clientMessageId);
        if (earlier.isPresent()) {
            return new SentMessage(earlier.get(), false);
        }
        ChatGuard.requireOpen(chat);
        ChatMessage message = new ChatMessage(
                id,
                chat.nextSequence(),
                MessageId.of(UUID.randomUUID().toString()),
                clientMessageId,
                Sender.AGENT,
                actor.agentId().value(),
                actor.displayName(),
                text.get(),
                outgoing.languageTag(),
                clock.instant(),
                outgoing.translation());
        messages.add(message);
        conversations.save(chat);
        events.publish(new MessagePosted(
                UUID.randomUUID(),
                message.sentAt(),
                chat.tenantId(),
                id,
                message.messageId(),
                Sender.AGENT,
                message.senderId(),
                message.senderName(),
                message.text(),
                message.language(),
                message.translation()));
        board.toHolderAndWatchers(chat.tenantId(), id, actor.agentId(), new AgentNotice.MessageAdded(message));
        return new SentMessage(message, true);
    }
}
