package dev.handoff.routing.domain.model;

import dev.handoff.shared.model.WaitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * What routing can honestly tell the visitors of one queue about their wait, now.
 *
 * <ul>
 *   <li>Nobody serving the queue is online: {@link WaitStatus#NO_AGENTS}, no number.</li>
 *   <li>Someone has waited at the head of the queue for {@link AssignmentPace#nobodyAccepting()} and nothing was taken
 *       from it meanwhile: {@link WaitStatus#NOT_ACCEPTING}, no number: agents are online but not answering.</li>
 *   <li>Otherwise a number: position times the queue's measured time per assignment ({@link AssignmentPace}), which
 *       grows while nothing is taken; {@link WaitStatus#AGENTS_BUSY} when every online agent is at their limit.</li>
 * </ul>
 *
 * <p>While nobody is accepting ({@code NO_AGENTS}, {@code NOT_ACCEPTING}), visitors who arrived by
 * {@code leaveMessageFrom} may leave a message instead of waiting.
 *
 * @param leaveMessageFrom visitors who arrived at or before it are offered to leave a message; null: nobody is
 */
public record QueueOutlook(WaitStatus status, Duration perAssignment, Instant leaveMessageFrom) {
    public QueueOutlook {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(perAssignment, "perAssignment");
    }

    /** An outlook that offers nobody to leave a message. */
    public QueueOutlook(WaitStatus status, Duration perAssignment) {
        this(status, perAssignment, null);
    }

    /**
     * This outlook, with visitors who waited {@code after} by {@code now} offered to leave a message if nobody is
     * accepting; {@code after} empty: the tenant offers it to nobody.
     */
    public QueueOutlook withLeaveMessageAfter(Optional<Duration> after, Instant now) {
        boolean nobodyAccepting = status == WaitStatus.NO_AGENTS || status == WaitStatus.NOT_ACCEPTING;
        return new QueueOutlook(
                status, perAssignment, nobodyAccepting ? after.map(now::minus).orElse(null) : null);
    }

    /** A queue measured at {@code perAssignment}, with agents who have room. */
    public static QueueOutlook estimated(Duration perAssignment) {
        return new QueueOutlook(WaitStatus.ESTIMATED, perAssignment);
    }

    /**
     * Assesses a queue.
     *
     * @param staffing who can take its conversations now
     * @param recentAssignments when conversations were taken from it lately (any order)
     * @param headWaitingSince when the conversation first in line arrived; null when nobody waits
     */
    public static QueueOutlook assess(
            QueueStaffing staffing,
            Collection<Instant> recentAssignments,
            Instant headWaitingSince,
            Instant now,
            AssignmentPace pace) {
        Duration perAssignment = pace.timeBetweenAssignments(recentAssignments, now);
        if (staffing.agentsOnline() == 0) {
            return new QueueOutlook(WaitStatus.NO_AGENTS, perAssignment);
        }
        Instant quietSince = now.minus(pace.nobodyAccepting());
        boolean headWaitedLong = headWaitingSince != null && !headWaitingSince.isAfter(quietSince);
        boolean nothingTaken = recentAssignments.stream().noneMatch(t -> t.isAfter(quietSince));
        if (headWaitedLong && nothingTaken) {
            return new QueueOutlook(WaitStatus.NOT_ACCEPTING, perAssignment);
        }
        return new QueueOutlook(
                staffing.freeSlots() > 0 ? WaitStatus.ESTIMATED : WaitStatus.AGENTS_BUSY, perAssignment);
    }

    /** What a visitor at {@code position} is told, not counting an offer to leave a message. */
    public AnnouncedPlace placeAt(int position) {
        return placeAt(position, null);
    }

    /** What a visitor at {@code position} who arrived at {@code arrivedAt} (null: unknown) is told. */
    public AnnouncedPlace placeAt(int position, Instant arrivedAt) {
        long seconds = status.hasEstimate() ? WaitEstimate.secondsFor(position, perAssignment) : 0;
        boolean offered = leaveMessageFrom != null && arrivedAt != null && !arrivedAt.isAfter(leaveMessageFrom);
        return new AnnouncedPlace(position, seconds, status, offered);
    }
}
