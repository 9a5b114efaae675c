package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.LoadChatForSendPort;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import java.util.Optional;

/** Reads a chat for a visitor's send from the in-memory tables, as the one query reads the two tables. */
final class InMemoryLoadChatForSend implements LoadChatForSendPort {
    private final InMemoryTables tables;

    InMemoryLoadChatForSend(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<ChatForSend> forSend(ConversationId conversationId, MessageId messageId) {
        Conversation row = tables.conversations.get(conversationId);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new ChatForSend(
                row.tenantId(),
                row.status(),
                row.visitor().name(),
                row.language(),
                tables.feedHasMessage(conversationId, messageId)));
    }
}
