package dev.handoff.shared.event;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * A conversation waited in its team's queue longer than the team's overflow time and now waits in the tenant-wide
 * queue, where every agent of the tenant may take it.
 *
 * @param fromTeam the team queue it left
 */
public record QueueOverflowed(
        UUID eventId, Instant occurredAt, TenantId tenantId, ConversationId conversationId, TeamId fromTeam)
        implements LifecycleEvent {}
