package dev.handoff.handoff.application.service;

import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The rows the in-memory fakes share, as the PostgreSQL adapters share tables: several ports read the same
 * conversations and feed entries. Conversations are kept as copies, as a row is, so a change reaches the table only
 * through a save.
 */
final class InMemoryTables {
    final Map<String, BotSettings> settings = new ConcurrentHashMap<>();
    final Map<ConversationId, Conversation> conversations = new ConcurrentHashMap<>();
    // feed watchers read it on other threads while a test appends
    final List<VisitorFeedEntry> feed = new CopyOnWriteArrayList<>();

    /** Whether the chat's feed holds the message, as the feed's unique index of message ids finds it. */
    boolean feedHasMessage(ConversationId conversationId, MessageId messageId) {
        return feed.stream()
                .anyMatch(e -> e.conversationId().equals(conversationId)
                        && e instanceof VisitorFeedEntry.Message m
                        && m.messageId().equals(messageId));
    }

    static String settingsKey(TenantId tenant, BotId bot) {
        return tenant.value() + "/" + bot.value();
    }

    /** What a read of the row gives: a conversation of its own, restored as the adapter restores it. */
    static Conversation copy(Conversation row) {
        Conversation chat = new Conversation(
                row.id(),
                row.tenantId(),
                row.botId(),
                row.visitor(),
                row.language(),
                row.team(),
                row.priority(),
                row.startedAt(),
                row.status(),
                row.lastActivityAt(),
                row.feedSequence(),
                row.deliveredSequence(),
                row.ratedAt());
        if (row.endProposedAt() != null) {
            chat.endProposed(row.endProposedAt());
        }
        chat.restoreLeaveMessageOffer(row.leaveMessageOfferedAt());
        return chat;
    }
}
