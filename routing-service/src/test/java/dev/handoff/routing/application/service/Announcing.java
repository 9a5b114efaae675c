package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.QueueOrderPort;
import dev.handoff.routing.application.port.out.QueueOutlookPort;
import dev.handoff.routing.domain.model.AssignmentPace;
import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStaffing;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.QueuePositionChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The pieces around a use case that takes conversations from queues or changes them: assignment, the wait
 * estimates (30 s per assignment until the history measures otherwise) and the announcer, wired in memory.
 */
final class Announcing {
    static final Duration PACE = Duration.ofSeconds(30);

    final InMemoryAnnouncements store = new InMemoryAnnouncements();
    /** Who serves every queue: one agent with room unless a test says otherwise. */
    QueueStaffing staffing = new QueueStaffing(1, 1);

    final WaitEstimates estimates;
    final QueueAssignments assignments;
    final AnnounceQueuePositionsService announcer;
    private final List<IntegrationEvent> published;

    Announcing(InMemoryClaimPorts ports, List<IntegrationEvent> published, Clock clock) {
        this(ports, ports, published, clock);
    }

    Announcing(ClaimQueuePort holds, QueueOrderPort order, List<IntegrationEvent> published, Clock clock) {
        this.published = published;
        this.estimates = new WaitEstimates(
                store,
                () -> AssignmentPace.withFallback(PACE),
                new QueueOutlookPort() {
                    @Override
                    public QueueStaffing staffingOf(QueueKey queue, int defaultLimit) {
                        return staffing;
                    }

                    @Override
                    public Optional<Instant> headWaitingSince(QueueKey queue) {
                        return Optional.empty();
                    }
                },
                tenant -> 2,
                clock);
        this.assignments = new QueueAssignments(holds, store, published::add, store, (tenant, chat, at) -> {}, clock);
        this.announcer = new AnnounceQueuePositionsService(
                store, order, store, estimates, published::add, new InMemoryQueueRules(), clock);
    }

    /** Runs the announcer as the timed job does: every queue changed so far, once. */
    void announceAll() {
        long upTo = announcer.latestChange();
        while (announcer.announceNextQueue(upTo)) {
            // one queue per call
        }
    }

    /** The visitors of these queues know their places as the queues stand now, as if told before the test. */
    void settled(QueueKey... queues) {
        for (QueueKey queue : queues) {
            store.record(queue, new QueueChange.Reordered());
        }
        announceAll();
        published.removeIf(QueuePositionChanged.class::isInstance);
    }
}
