package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.VisitorFeedPort;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import java.util.Comparator;
import java.util.List;

/** The visitor feed in the in-memory tables, with the table's keys: one entry per number, one per message. */
final class InMemoryVisitorFeed implements VisitorFeedPort {
    private final InMemoryTables tables;

    InMemoryVisitorFeed(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public synchronized void append(VisitorFeedEntry entry) {
        boolean taken = tables.feed.stream()
                .anyMatch(e -> e.conversationId().equals(entry.conversationId())
                        && (e.sequence() == entry.sequence() || sameMessage(e, entry)));
        if (taken) {
            throw new IllegalStateException(
                    "duplicate key: " + entry.conversationId().value() + "/" + entry.sequence());
        }
        tables.feed.add(entry);
    }

    @Override
    public List<VisitorFeedEntry> after(ConversationId conversationId, long afterSequence, int limit) {
        return tables.feed.stream()
                .filter(e -> e.conversationId().equals(conversationId) && e.sequence() > afterSequence)
                .sorted(Comparator.comparingLong(VisitorFeedEntry::sequence))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean appendMessage(VisitorFeedEntry.Message message) {
        if (tables.feedHasMessage(message.conversationId(), message.messageId())) {
            return false;
        }
        append(message);
        return true;
    }

    private static boolean sameMessage(VisitorFeedEntry stored, VisitorFeedEntry added) {
        MessageId id = messageIdOf(added);
        return id != null && id.equals(messageIdOf(stored));
    }

    private static MessageId messageIdOf(VisitorFeedEntry entry) {
        return entry instanceof VisitorFeedEntry.Message m ? m.messageId() : null;
    }
}
