package dev.handoff.handoffservice.application.port.out;

import dev.handoff.handoffservice.domain.model.Conversation;

/** Stores a visitor-side conversation. */
public interface SaveConversationPort {
    void save(Conversation conversation);
}
