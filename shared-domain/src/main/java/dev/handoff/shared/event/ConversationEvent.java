package dev.handoff.shared.event;

import dev.handoff.shared.id.ConversationId;

/** An event about one conversation; keyed by its id so its events stay in order. */
public sealed interface ConversationEvent extends IntegrationEvent
        permits HandoffRequested, LifecycleEvent, MessagePosted, Typing {
    ConversationId conversationId();

    @Override
    default String key() {
        return conversationId().value();
    }
}
