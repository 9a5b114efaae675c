package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.RecordDeliveryPort;
import dev.handoff.shared.id.ConversationId;

/** Moves a stored conversation's delivered mark forward, as the adapter's single update does. */
final class InMemoryRecordDelivery implements RecordDeliveryPort {
    private final InMemoryTables tables;

    InMemoryRecordDelivery(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public void deliveredUpTo(ConversationId conversationId, long sequence) {
        // atomic per row: feed watchers record deliveries from several threads
        tables.conversations.computeIfPresent(conversationId, (id, row) -> {
            var chat = InMemoryTables.copy(row);
            chat.deliveredUpTo(sequence);
            return chat;
        });
    }
}
