package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AssignmentHistoryPort;
import dev.handoff.routing.domain.model.QueueKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** When conversations were taken from each queue, in lists, for use-case tests. */
final class InMemoryAssignmentHistory implements AssignmentHistoryPort {
    final Map<QueueKey, List<Instant>> assignments = new HashMap<>();

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
