package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AnnouncedPositionsPort;
import dev.handoff.routing.application.port.out.AssignmentHistoryPort;
import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.WaitStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Noted queue changes, what visitors were told, and assignment history in memory, for use-case tests. */
final class InMemoryAnnouncements implements QueueChangesPort, AnnouncedPositionsPort, AssignmentHistoryPort {
    /** One noted change. */
    record Noted(long id, QueueKey queue, QueueChange change) {}

    final List<Noted> changes = new ArrayList<>();
    final Map<QueueKey, Map<ConversationId, AnnouncedPlace>> told = new HashMap<>();
    final Map<QueueKey, List<Instant>> assignments = new HashMap<>();
    private long lastId;

    @Override
    public void record(QueueKey queue, QueueChange change) {
        changes.add(new Noted(++lastId, queue, change));
    }

    /** Without arrival times here: every queue with a visitor told nobody is accepting and not offered yet. */
    @Override
    public int recordQueuesDueToOfferLeavingMessage(int defaultSeconds) {
        List<QueueKey> due = told.entrySet().stream()
                .filter(e -> e.getValue().values().stream()
                        .anyMatch(p -> !p.leaveMessageOffered()
                                && (p.status() == WaitStatus.NO_AGENTS || p.status() == WaitStatus.NOT_ACCEPTING)))
                .map(Map.Entry::getKey)
                .toList();
        due.forEach(q -> record(q, new QueueChange.Reordered()));
        return due.size();
    }

    @Override
    public int recordEveryQueueInLine(TenantId tenant) {
        // The queues whose visitors were told something stand for the queues with someone in line.
        List<QueueKey> lines = told.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .filter(q -> tenant == null || q.tenant().equals(tenant))
                .toList();
        lines.forEach(q -> record(q, new QueueChange.Reordered()));
        return lines.size();
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

    @Override
    public Map<ConversationId, AnnouncedPlace> toldIn(QueueKey queue) {
        return new HashMap<>(told.getOrDefault(queue, Map.of()));
    }

    @Override
    public void store(QueueKey queue, Map<ConversationId, AnnouncedPlace> places, Set<ConversationId> gone) {
        Map<ConversationId, AnnouncedPlace> of = told.computeIfAbsent(queue, q -> new HashMap<>());
        of.putAll(places);
        gone.forEach(of::remove);
    }

    @Override
    public void recordAssignment(QueueKey queue, Instant at) {
        assignments.computeIfAbsent(queue, q -> new ArrayList<>()).add(at);
    }

    @Override
    public List<Instant> recentAssignments(QueueKey queue, Instant since, int max) {
        return assignments.getOrDefault(queue, List.of()).stream()
                .filter(t -> !t.isBefore(since))
                .sorted(Comparator.reverseOrder())
                .limit(max)
                .toList();
    }

    @Override
    public void forget(QueueKey queue, Instant before, int keep) {
        List<Instant> kept = recentAssignments(queue, before, keep);
        assignments.put(queue, new ArrayList<>(kept));
    }
}
