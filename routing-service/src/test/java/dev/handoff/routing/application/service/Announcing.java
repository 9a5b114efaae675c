package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AssignmentCandidatesPort;
import dev.handoff.routing.application.port.out.QueueOrderPort;
import dev.handoff.routing.application.port.out.QueueOutlookPort;
import dev.handoff.routing.application.port.out.StrategySettingsPort;
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

    final InMemoryAnnouncedPositions told = new InMemoryAnnouncedPositions();
    final InMemoryAssignmentHistory history = new InMemoryAssignmentHistory();
    final InMemoryQueueChanges changes;
    /** Who serves every queue: one agent with room unless a test says otherwise. */
    QueueStaffing staffing = new QueueStaffing(1, 1);

    final WaitEstimates estimates;
    final QueueAssignments assignments;
    final AnnounceQueuePositionsService announcer;
    private final List<IntegrationEvent> published;
    private final Clock clock;

    Announcing(InMemoryTables tables, List<IntegrationEvent> published, Clock clock) {
        this(tables, new InMemoryQueueOrder(tables), published, clock);
    }

    Announcing(InMemoryTables tables, QueueOrderPort order, List<IntegrationEvent> published, Clock clock) {
        this.published = published;
        this.clock = clock;
        this.changes = new InMemoryQueueChanges(tables, told);
        this.estimates = new WaitEstimates(
                history,
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
        this.assignments = new QueueAssignments(
                new InMemoryClaimQueue(tables), history, published::add, changes, (tenant, waited) -> {}, clock);
        this.announcer = new AnnounceQueuePositionsService(
                changes, order, told, estimates, published::add, new InMemoryQueueRules(), clock);
    }

    /** Automatic assignment over the tables, placing through {@link #assignments}, two chats per agent. */
    AutoAssignService autoAssign(
            InMemoryTables tables, StrategySettingsPort strategies, AssignmentCandidatesPort candidates) {
        return new AutoAssignService(
                strategies,
                new InMemoryQueueHeads(tables, strategies),
                candidates,
                new InMemoryAgentLoad(tables),
                tenant -> 2,
                new InMemoryOffers(tables),
                published::add,
                assignments,
                clock);
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
            changes.record(queue, new QueueChange.Reordered());
        }
        announceAll();
        published.removeIf(QueuePositionChanged.class::isInstance);
    }
}
