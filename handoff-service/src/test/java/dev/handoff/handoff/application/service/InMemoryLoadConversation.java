package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.shared.id.ConversationId;
import java.util.Optional;

/** Reads conversations from the in-memory tables; there is one thread per test, so nothing to lock. */
final class InMemoryLoadConversation implements LoadConversationPort {
    private final InMemoryTables tables;

    InMemoryLoadConversation(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Conversation> load(ConversationId id) {
        return Optional.ofNullable(tables.conversations.get(id)).map(InMemoryTables::copy);
    }

    @Override
    public Optional<Conversation> loadForUpdate(ConversationId id) {
        return load(id);
    }
}
