package dev.handoff.shared.event;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.WaitStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * The conversation waits in a queue for an agent.
 *
 * @param team the team queue, or null for the tenant's queue
 * @param position 1 for the next to be served
 * @param estimatedWaitSeconds the wait when {@code waitStatus} has one, else 0
 * @param waitStatus what can be said about the wait; null (older producers) means {@link WaitStatus#ESTIMATED}
 */
public record Queued(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        BotId botId,
        TeamId team,
        int priority,
        int position,
        long estimatedWaitSeconds,
        WaitStatus waitStatus)
        implements LifecycleEvent {
    /** A queued conversation with a measured wait. */
    public Queued(
            UUID eventId,
            Instant occurredAt,
            TenantId tenantId,
            ConversationId conversationId,
            BotId botId,
            TeamId team,
            int priority,
            int position,
            long estimatedWaitSeconds) {
        this(
                eventId,
                occurredAt,
                tenantId,
                conversationId,
                botId,
                team,
                priority,
                position,
                estimatedWaitSeconds,
                null);
    }

    /** The wait status, {@link WaitStatus#ESTIMATED} when the producer gave none. */
    public WaitStatus waitStatusOrEstimated() {
        return waitStatus == null ? WaitStatus.ESTIMATED : waitStatus;
    }
}
