package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Typing;

/** Messages and typing of a chat, from Kafka: shown to the visitor once each, and relayed to bots that ask. */
public interface RecordChatMessageUseCase {
    void onMessagePosted(MessagePosted message);

    void onTyping(Typing signal);
}
