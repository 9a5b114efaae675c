package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AssignmentHistoryPort;
import dev.handoff.routing.application.port.out.AssignmentPacePort;
import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.AssignmentPace;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.WaitEstimate;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The waits routing tells visitors and shows agents: position times the queue's measured time between two
 * assignments ({@link AssignmentPace}), read from the assignment history every replica shares.
 */
@ApplicationScoped
public class WaitEstimates {
    private final AssignmentHistoryPort history;
    private final AssignmentPacePort pace;
    private final Clock clock;

    public WaitEstimates(AssignmentHistoryPort history, AssignmentPacePort pace, Clock clock) {
        this.history = history;
        this.pace = pace;
        this.clock = clock;
    }

    /** The queue's time between two assignments now: measured, or the configured pace without enough history. */
    public Duration perAssignment(QueueKey queue) {
        AssignmentPace settings = pace.pace();
        Instant now = clock.instant();
        return settings.timeBetweenAssignments(
                history.recentAssignments(queue, settings.windowStart(now), settings.sampleSize()), now);
    }

    /** What a visitor at {@code position} of the queue is told now. */
    public AnnouncedPlace placeAt(QueueKey queue, int position) {
        return new AnnouncedPlace(position, WaitEstimate.secondsFor(position, perAssignment(queue)));
    }

    /** Forgets the queue's assignments no estimate reads any more (out of the window, or beyond the sample). */
    public void forgetUnused(QueueKey queue) {
        AssignmentPace settings = pace.pace();
        history.forget(queue, settings.windowStart(clock.instant()), settings.sampleSize());
    }
}
