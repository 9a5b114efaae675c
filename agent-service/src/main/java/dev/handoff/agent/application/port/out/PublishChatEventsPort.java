package dev.handoff.agent.application.port.out;

import dev.handoff.shared.event.ConversationEvent;

/** Announces what agents do in chats (messages, typing, subject, completion), in the transaction that did it. */
public interface PublishChatEventsPort {
    void publish(ConversationEvent event);
}
