package dev.handoff.notification.adapter.in.kafka;

import dev.handoff.notification.application.port.in.ChatMessageCommand;
import dev.handoff.notification.application.port.in.CollectChatMessageUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Visitor messages in active chats may become a mail to the agent; agent messages end such a batch. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class ChatMessagesConsumer {
    private final IncomingEvents incomingEvents;
    private final CollectChatMessageUseCase collect;

    public ChatMessagesConsumer(IncomingEvents incomingEvents, CollectChatMessageUseCase collect) {
        this.incomingEvents = incomingEvents;
        this.collect = collect;
    }

    @Incoming("chat-messages")
    @Blocking
    @Transactional
    public void consume(String payload) {
        incomingEvents
                .accept(Topics.CHAT_MESSAGES, payload, MessagePosted.class)
                .ifPresent(m -> collect.posted(new ChatMessageCommand(
                        m.tenantId(),
                        m.conversationId(),
                        m.messageId().value(),
                        m.sender(),
                        m.senderId(),
                        m.text(),
                        m.occurredAt())));
    }
}
