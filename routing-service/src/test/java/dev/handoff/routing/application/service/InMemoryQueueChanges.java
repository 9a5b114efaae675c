package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.WaitStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Noted queue changes in a list, for use-case tests; which queues have someone in line comes from the queue rows,
 * and who is due the offer to leave a message from what visitors were told, as the table's queries read them.
 */
final class InMemoryQueueChanges implements QueueChangesPort {
    /** One noted change. */
    record Noted(long id, QueueKey queue, QueueChange change) {}

    final List<Noted> changes = new ArrayList<>();
    /** Stands in for the database's {@code now()}. */
    Clock clock = Clock.systemUTC();

    private final InMemoryTables tables;
    private final InMemoryAnnouncedPositions told;
    private long lastId;

    InMemoryQueueChanges(InMemoryTables tables, InMemoryAnnouncedPositions told) {
        this.tables = tables;
        this.told = told;
    }

    @Override
    public void record(QueueKey queue, QueueChange change) {
        changes.add(new Noted(++lastId, queue, change));
    }

    @Override
    public int recordEveryQueueInLine(TenantId tenant) {
        List<QueueKey> lines = tables.holds.values().stream()
                .filter(InMemoryTables::inLine)
                .filter(h -> tenant == null || h.tenantId().equals(tenant))
                .map(h -> new QueueKey(h.tenantId(), h.team()))
                .distinct()
                .toList();
        lines.forEach(q -> record(q, new QueueChange.Reordered()));
        return lines.size();
    }

    /** Every tenant waits {@code defaultSeconds}: the tenants' own times live with the queue rules, not here. */
    @Override
    public int recordQueuesDueToOfferLeavingMessage(int defaultSeconds) {
        Instant arrivedBy = clock.instant().minusSeconds(defaultSeconds);
        List<QueueKey> due = told.told.entrySet().stream()
                .filter(e -> defaultSeconds > 0
                        && changes.stream().noneMatch(n -> n.queue().equals(e.getKey())))
                .filter(e -> e.getValue().entrySet().stream().anyMatch(p -> awaitsOffer(p, arrivedBy)))
                .map(Map.Entry::getKey)
                .toList();
        due.forEach(q -> record(q, new QueueChange.Reordered()));
        return due.size();
    }

    private boolean awaitsOffer(Map.Entry<ConversationId, AnnouncedPlace> told, Instant arrivedBy) {
        AnnouncedPlace place = told.getValue();
        ConversationHold hold = tables.holds.get(told.getKey());
        Instant arrival = tables.arrivals.get(told.getKey());
        return !place.leaveMessageOffered()
                && (place.status() == WaitStatus.NO_AGENTS || place.status() == WaitStatus.NOT_ACCEPTING)
                && hold != null
                && InMemoryTables.inLine(hold)
                && arrival != null
                && !arrival.isAfter(arrivedBy);
    }

    @Override
    public long latest() {
        return changes.stream().mapToLong(Noted::id).max().orElse(0);
    }

    @Override
    public Optional<QueueKey> reserveNextChanged(long upTo) {
        return changes.stream().filter(n -> n.id() <= upTo).map(Noted::queue).findFirst();
    }

    @Override
    public Pending changesOf(QueueKey queue) {
        List<Noted> of = changes.stream().filter(n -> n.queue().equals(queue)).toList();
        return new Pending(
                of.stream().map(Noted::change).toList(),
                of.stream().map(Noted::id).toList());
    }

    @Override
    public void remove(Pending pending) {
        changes.removeIf(n -> pending.ids().contains(n.id()));
    }
}
