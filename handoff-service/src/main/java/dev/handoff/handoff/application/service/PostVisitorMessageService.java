package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.ChatNotOpenException;
import dev.handoff.handoff.application.port.in.MessageNotStoredException;
import dev.handoff.handoff.application.port.in.MessageOutcomeUnknownException;
import dev.handoff.handoff.application.port.in.PostVisitorMessageCommand;
import dev.handoff.handoff.application.port.in.PostVisitorMessageUseCase;
import dev.handoff.handoff.application.port.in.PostedVisitorMessage;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.application.port.out.SendChatEventNowPort;
import dev.handoff.handoff.application.port.out.VisitorFeedPort;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * Puts a visitor's message on Kafka and answers once the broker has it. No transaction: the message's own
 * consumer stores it in the feed. Its id is derived from the client's id, so a resend (even one racing the
 * first send) is the same message to every consumer, which keep each message id once.
 */
@ApplicationScoped
public class PostVisitorMessageService implements PostVisitorMessageUseCase {
    private final LoadConversationPort conversations;
    private final VisitorFeedPort feed;
    private final SendChatEventNowPort kafka;
    private final Clock clock;

    public PostVisitorMessageService(
            LoadConversationPort conversations, VisitorFeedPort feed, SendChatEventNowPort kafka, Clock clock) {
        this.conversations = conversations;
        this.feed = feed;
        this.kafka = kafka;
        this.clock = clock;
    }

    @Override
    public PostedVisitorMessage post(PostVisitorMessageCommand command) {
        Conversation chat = TenantChats.require(
                conversations.load(command.conversationId()), command.tenantId(), command.conversationId());
        MessageId id = messageIdOf(chat.id(), command.clientMessageId());
        PostedVisitorMessage posted = new PostedVisitorMessage(id, command.clientMessageId());
        if (feed.containsMessage(chat.id(), id)) {
            return posted;
        }
        if (!chat.isActive()) {
            throw new ChatNotOpenException(chat.id(), chat.status());
        }
        // "Not stored" only when nothing was written: an unanswered send may still land, so it is "unknown", and the
        // id makes a resend safe.
        switch (kafka.sendAndWait(new MessagePosted(
                UUID.randomUUID(),
                clock.instant(),
                chat.tenantId(),
                chat.id(),
                id,
                Sender.VISITOR,
                null,
                chat.visitor().displayName(),
                command.text(),
                chat.language(),
                null))) {
            case STORED -> {
                return posted;
            }
            case NOT_WRITTEN -> throw new MessageNotStoredException();
            default -> throw new MessageOutcomeUnknownException();
        }
    }

    /** The same for every send of one client message id in one chat, and different across chats. */
    static MessageId messageIdOf(ConversationId chat, String clientMessageId) {
        byte[] name = (chat.value() + "\n" + clientMessageId).getBytes(StandardCharsets.UTF_8);
        return MessageId.of(UUID.nameUUIDFromBytes(name).toString());
    }
}
