package dev.handoff.agent.adapter.in.kafka;

import dev.handoff.agent.application.port.in.RecordChatActivityUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.event.Typing;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds chats with messages and typing signals, from visitors (and agents' own messages coming back). */
@ApplicationScoped
public class ChatEventsConsumer {
    private final IncomingEvents incoming;
    private final RecordChatActivityUseCase activity;

    public ChatEventsConsumer(IncomingEvents incoming, RecordChatActivityUseCase activity) {
        this.incoming = incoming;
        this.activity = activity;
    }

    @Incoming("messages")
    @Blocking
    @Transactional
    public void onMessage(String payload) {
        incoming.accept(Topics.CHAT_MESSAGES, payload)
                .filter(MessagePosted.class::isInstance)
                .ifPresent(e -> activity.onMessagePosted((MessagePosted) e));
    }

    @Incoming("signals")
    @Blocking
    @Transactional
    public void onSignal(String payload) {
        incoming.accept(Topics.CHAT_SIGNALS, payload)
                .filter(Typing.class::isInstance)
                .ifPresent(e -> activity.onTyping((Typing) e));
    }
}
