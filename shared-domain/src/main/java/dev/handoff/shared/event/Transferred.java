package dev.handoff.shared.event;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * The conversation left {@code fromAgentId}: to another agent, or to a queue (toAgentId null).
 *
 * @param toTeam the team queue it went to, or null
 */
public record Transferred(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        AgentId fromAgentId,
        AgentId toAgentId,
        TeamId toTeam)
        implements LifecycleEvent {}
