package dev.handoff.analytics.application.port.in;

import dev.handoff.shared.event.ConversationEvent;

/** Adds what an event tells about a conversation to its fact. */
public interface RecordConversationEventUseCase {
    /** Updates (or starts) the conversation's fact; events that carry nothing for analytics are ignored. */
    void record(ConversationEvent event);
}
