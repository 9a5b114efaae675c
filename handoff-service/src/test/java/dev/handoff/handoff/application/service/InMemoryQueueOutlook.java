package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.QueueOutlookPort;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.model.WaitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** A new chat's place and pace from the in-memory conversations and feed, as the adapter counts them. */
final class InMemoryQueueOutlook implements QueueOutlookPort {
    private static final Duration PACE_KEPT = Duration.ofHours(1);

    private final InMemoryTables tables;

    InMemoryQueueOutlook(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public QueueOutlook outlookFor(Conversation waiting) {
        long ahead = tables.conversations.values().stream()
                .filter(c -> c.status() == ConversationStatus.WAITING && !c.id().equals(waiting.id()))
                .filter(c -> sameQueue(c, waiting))
                .filter(c -> c.priority() > waiting.priority()
                        || (c.priority() == waiting.priority() && !c.startedAt().isAfter(waiting.startedAt())))
                .count();
        return new QueueOutlook((int) ahead + 1, secondsPerPlace(waiting));
    }

    /** Routing's latest estimate in the queue, per place; none when it said it can promise none. */
    private Double secondsPerPlace(Conversation waiting) {
        Instant since = waiting.startedAt().minus(PACE_KEPT);
        return tables.feed.stream()
                .filter(VisitorFeedEntry.QueuePosition.class::isInstance)
                .map(VisitorFeedEntry.QueuePosition.class::cast)
                .filter(q -> q.position() > 0 && q.at().isAfter(since))
                .filter(q -> {
                    Conversation chat = tables.conversations.get(q.conversationId());
                    return chat != null && sameQueue(chat, waiting);
                })
                .max(Comparator.comparing(VisitorFeedEntry.QueuePosition::at))
                .filter(q -> q.waitStatus() == WaitStatus.ESTIMATED || q.waitStatus() == WaitStatus.AGENTS_BUSY)
                .map(q -> (double) q.estimatedWaitSeconds() / q.position())
                .orElse(null);
    }

    private static boolean sameQueue(Conversation chat, Conversation waiting) {
        return chat.tenantId().equals(waiting.tenantId()) && Objects.equals(chat.team(), waiting.team());
    }
}
