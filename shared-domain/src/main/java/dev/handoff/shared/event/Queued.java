package dev.handoff.shared.event;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * The conversation waits in a queue for an agent.
 *
 * @param team the team queue, or null for the tenant's queue
 * @param position 1 for the next to be served
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
        long estimatedWaitSeconds) implements LifecycleEvent {
}
