package dev.handoff.shared.event;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/** An agent set the conversation's subject line. */
public record SubjectChanged(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        AgentId agentId,
        String subject)
        implements LifecycleEvent {}
