package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.FindSilentChatsPort;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.shared.id.ConversationId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds silent chats in the in-memory tables, by their bot's timeout as the adapter's join does. */
final class InMemoryFindSilentChats implements FindSilentChatsPort {
    private final InMemoryTables tables;

    InMemoryFindSilentChats(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public List<ConversationId> silentSince(Instant now, int limit) {
        return tables.conversations.values().stream()
                .filter(chat -> settingsOf(chat)
                        .map(s -> chat.silentFor(s.inactivityTimeout(), now))
                        .orElse(false))
                .sorted(Comparator.comparing(Conversation::lastActivityAt))
                .limit(limit)
                .map(Conversation::id)
                .toList();
    }

    /** A chat whose bot has no settings has no timeout to pass: the adapter's inner join leaves it out. */
    private Optional<BotSettings> settingsOf(Conversation chat) {
        return Optional.ofNullable(tables.settings.get(InMemoryTables.settingsKey(chat.tenantId(), chat.botId())));
    }
}
