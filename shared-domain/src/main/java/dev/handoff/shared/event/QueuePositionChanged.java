package dev.handoff.shared.event;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.WaitStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A waiting conversation moved in its queue, or what can be said of its wait changed; the visitor is shown the new
 * position and wait.
 *
 * @param estimatedWaitSeconds the wait when {@code waitStatus} has one, else 0
 * @param waitStatus what can be said about the wait; null (older producers) means {@link WaitStatus#ESTIMATED}
 * @param leaveMessageOffered true when nobody is accepting and the visitor has waited long enough to be offered to
 *     leave a message instead; null (or absent) means not offered
 */
public record QueuePositionChanged(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        int position,
        long estimatedWaitSeconds,
        WaitStatus waitStatus,
        Boolean leaveMessageOffered)
        implements LifecycleEvent {
    /** A new place and wait status, without an offer to leave a message. */
    public QueuePositionChanged(
            UUID eventId,
            Instant occurredAt,
            TenantId tenantId,
            ConversationId conversationId,
            int position,
            long estimatedWaitSeconds,
            WaitStatus waitStatus) {
        this(eventId, occurredAt, tenantId, conversationId, position, estimatedWaitSeconds, waitStatus, null);
    }

    /** A new place with a measured wait. */
    public QueuePositionChanged(
            UUID eventId,
            Instant occurredAt,
            TenantId tenantId,
            ConversationId conversationId,
            int position,
            long estimatedWaitSeconds) {
        this(eventId, occurredAt, tenantId, conversationId, position, estimatedWaitSeconds, null, null);
    }

    /** The wait status, {@link WaitStatus#ESTIMATED} when the producer gave none. */
    public WaitStatus waitStatusOrEstimated() {
        return waitStatus == null ? WaitStatus.ESTIMATED : waitStatus;
    }

    /** Whether the visitor may leave a message instead of waiting. */
    public boolean offersLeavingMessage() {
        return Boolean.TRUE.equals(leaveMessageOffered);
    }
}
