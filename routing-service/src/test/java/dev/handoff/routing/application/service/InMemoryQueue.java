package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.QueuePort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.routing.domain.model.QueuePlace;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The enqueue and the queue view over the in-memory queue rows, ordered as the table is: priority, then arrival. */
final class InMemoryQueue implements QueuePort {
    private final InMemoryTables tables;

    InMemoryQueue(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public boolean addIfAbsent(QueueEntry entry) {
        if (tables.holds.containsKey(entry.conversationId())) {
            return false;
        }
        tables.queue(entry);
        return true;
    }

    /** Those in line in its own queue ahead of it, plus one; a row's index in arrival order stands in for seq. */
    @Override
    public int positionOf(ConversationId conversationId) {
        List<ConversationHold> inArrival = new ArrayList<>(tables.holds.values());
        ConversationHold me = tables.holds.get(conversationId);
        QueuePlace mine = new QueuePlace(me.priority(), inArrival.indexOf(me));
        int ahead = 0;
        for (int arrival = 0; arrival < inArrival.size(); arrival++) {
            ConversationHold other = inArrival.get(arrival);
            if (InMemoryTables.inLine(other)
                    && other.tenantId().equals(me.tenantId())
                    && Objects.equals(other.team(), me.team())
                    && new QueuePlace(other.priority(), arrival).isBefore(mine)) {
                ahead++;
            }
        }
        return ahead + 1;
    }

    @Override
    public List<QueueEntry> waiting(TenantId tenant) {
        return tables.holds.values().stream()
                .filter(h -> h.tenantId().equals(tenant) && InMemoryTables.inLine(h))
                .sorted(Comparator.comparingInt(ConversationHold::priority).reversed())
                .map(this::entry)
                .toList();
    }

    /** The entry as queued, with what changed on its row since: its queue and the agent it is offered to. */
    private QueueEntry entry(ConversationHold h) {
        QueueEntry queued = tables.entries.get(h.conversationId());
        return new QueueEntry(
                h.conversationId(),
                h.tenantId(),
                queued.botId(),
                h.team(),
                h.priority(),
                queued.enqueuedAt(),
                queued.visitorName(),
                queued.preview(),
                h.offeredTo().orElse(null),
                queued.overflowedFrom());
    }
}
