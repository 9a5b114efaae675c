package dev.handoff.shared.event;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/** Routing offered the conversation to one agent, who must accept before {@code expiresAt}. */
public record Offered(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        AgentId agentId,
        Instant expiresAt)
        implements LifecycleEvent {}
