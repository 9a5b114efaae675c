package dev.handoff.shared.event;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import java.time.Instant;
import java.util.UUID;

/** An agent now holds the conversation; only they may answer in it. */
public record Assigned(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        AgentId agentId,
        String agentDisplayName,
        AssignmentMethod method)
        implements LifecycleEvent {}
