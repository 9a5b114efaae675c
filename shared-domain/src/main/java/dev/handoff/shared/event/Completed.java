package dev.handoff.shared.event;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/** An agent marked the conversation complete; its history is kept. */
public record Completed(
        UUID eventId, Instant occurredAt, TenantId tenantId, ConversationId conversationId, AgentId agentId)
        implements LifecycleEvent {}
