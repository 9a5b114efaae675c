package dev.handoff.handoffservice.adapter.in.kafka;

import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.handoffservice.application.port.in.RecordChatMessageUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.event.Typing;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Chat messages (visitors' own and agents') and typing, for the visitor feed and the bots. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class ChatEventsConsumer {
    private final IncomingEvents incoming;
    private final RecordChatMessageUseCase chat;

    public ChatEventsConsumer(IncomingEvents incoming, RecordChatMessageUseCase chat) {
        this.incoming = incoming;
        this.chat = chat;
    }

    @Incoming("messages")
    @Blocking
    @Transactional
    public void onMessage(String payload) {
        incoming.accept(Topics.CHAT_MESSAGES, payload, MessagePosted.class)
                .ifPresent(chat::onMessagePosted);
    }

    @Incoming("signals")
    @Blocking
    @Transactional
    public void onSignal(String payload) {
        incoming.accept(Topics.CHAT_SIGNALS, payload, Typing.class)
                .ifPresent(chat::onTyping);
    }
}
