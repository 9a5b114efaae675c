package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.Conversation;

/** Stores a visitor-side conversation. */
public interface SaveConversationPort {
    void save(Conversation conversation);

    /**
     * Stores a conversation that must be new, at once: when a concurrent twin stored the same id first, this fails
     * with the database's unique-key error and leaves the twin's row as it is.
     */
    void create(Conversation conversation);
}
