package dev.handoff.shared.event;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * An agent let as many offers in a row lapse as their tenant allows: agent-service sets them away. Keyed by the
 * conversation whose offer lapsed last.
 *
 * @param missedInARow how many offers in a row the agent let lapse
 */
public record OffersMissed(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        AgentId agentId,
        int missedInARow)
        implements LifecycleEvent {}
