package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AssignmentHistoryPort;
import dev.handoff.routing.application.port.out.AssignmentPacePort;
import dev.handoff.routing.application.port.out.QueueOutlookPort;
import dev.handoff.routing.application.port.out.RoutingPolicyPort;
import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.AssignmentPace;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueOutlook;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The waits routing tells visitors and shows agents ({@link QueueOutlook}): from the queue's measured accept rate
 * ({@link AssignmentPace}, read from the assignment history every replica shares), the agents online serving it and
 * their free capacity, and how long its head has waited.
 */
@ApplicationScoped
public class WaitEstimates {
    private final AssignmentHistoryPort history;
    private final AssignmentPacePort pace;
    private final QueueOutlookPort outlooks;
    private final RoutingPolicyPort policy;
    private final Clock clock;

    public WaitEstimates(
            AssignmentHistoryPort history,
            AssignmentPacePort pace,
            QueueOutlookPort outlooks,
            RoutingPolicyPort policy,
            Clock clock) {
        this.history = history;
        this.pace = pace;
        this.outlooks = outlooks;
        this.policy = policy;
        this.clock = clock;
    }

    /** What can be said of the queue's waits now. */
    public QueueOutlook outlook(QueueKey queue) {
        AssignmentPace settings = pace.pace();
        Instant now = clock.instant();
        return QueueOutlook.assess(
                outlooks.staffingOf(queue, policy.defaultMaxChatsPerAgent(queue.tenant())),
                history.recentAssignments(queue, settings.windowStart(now), settings.sampleSize()),
                outlooks.headWaitingSince(queue).orElse(null),
                now,
                settings);
    }

    /** The queue's time per assignment now: measured, or the configured pace without enough history. */
    public Duration perAssignment(QueueKey queue) {
        AssignmentPace settings = pace.pace();
        Instant now = clock.instant();
        return settings.timeBetweenAssignments(
                history.recentAssignments(queue, settings.windowStart(now), settings.sampleSize()), now);
    }

    /** What a visitor at {@code position} of the queue is told now. */
    public AnnouncedPlace placeAt(QueueKey queue, int position) {
        return outlook(queue).placeAt(position);
    }

    /** Forgets the queue's assignments no estimate reads any more (out of the window, or beyond the sample). */
    public void forgetUnused(QueueKey queue) {
        AssignmentPace settings = pace.pace();
        history.forget(queue, settings.windowStart(clock.instant()), settings.sampleSize());
    }
}
