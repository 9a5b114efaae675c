package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.SaveConversationPort;
import dev.handoff.handoff.domain.model.Conversation;

/** Stores conversations in the in-memory tables. */
final class InMemorySaveConversation implements SaveConversationPort {
    private final InMemoryTables tables;

    InMemorySaveConversation(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public void save(Conversation conversation) {
        tables.conversations.put(conversation.id(), InMemoryTables.copy(conversation));
    }

    @Override
    public void create(Conversation conversation) {
        if (tables.conversations.putIfAbsent(conversation.id(), InMemoryTables.copy(conversation)) != null) {
            throw new IllegalStateException(
                    "duplicate key: " + conversation.id().value());
        }
    }
}
