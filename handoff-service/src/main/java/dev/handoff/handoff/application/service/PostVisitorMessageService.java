package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.ChatNotOpenException;
import dev.handoff.handoff.application.port.in.MessageNotStoredException;
import dev.handoff.handoff.application.port.in.MessageOutcomeUnknownException;
import dev.handoff.handoff.application.port.in.PostVisitorMessageCommand;
import dev.handoff.handoff.application.port.in.PostVisitorMessageUseCase;
import dev.handoff.handoff.application.port.in.PostedVisitorMessage;
import dev.handoff.handoff.application.port.out.LoadChatForSendPort;
import dev.handoff.handoff.application.port.out.LoadChatForSendPort.ChatForSend;
import dev.handoff.handoff.application.port.out.SendChatEventNowPort;
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
 * first send) is the same message to every consumer, which keep each message id once. It reads only what the send
 * needs, in one read (decision 0090).
 */
@ApplicationScoped
public class PostVisitorMessageService implements PostVisitorMessageUseCase {
    private final LoadChatForSendPort chats;
    private final SendChatEventNowPort kafka;
    private final Clock clock;

    public PostVisitorMessageService(LoadChatForSendPort chats, SendChatEventNowPort kafka, Clock clock) {
        this.chats = chats;
        this.kafka = kafka;
        this.clock = clock;
    }

    @Override
    public PostedVisitorMessage post(PostVisitorMessageCommand command) {
        ConversationId chatId = command.conversationId();
        MessageId id = messageIdOf(chatId, command.clientMessageId());
        ChatForSend chat = TenantChats.requireForSend(chats.forSend(chatId, id), command.tenantId(), chatId);
        PostedVisitorMessage posted = new PostedVisitorMessage(id, command.clientMessageId());
        if (chat.messageStored()) {
            return posted;
        }
        if (!chat.isActive()) {
            throw new ChatNotOpenException(chatId, chat.status());
        }
        // "Not stored" only when nothing was written: an unanswered send may still land, so it is "unknown", and the
        // id makes a resend safe.
        switch (kafka.sendAndWait(new MessagePosted(
                UUID.randomUUID(),
                clock.instant(),
                chat.tenantId(),
                chatId,
                id,
                Sender.VISITOR,
                null,
                chat.visitorDisplayName(),
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
