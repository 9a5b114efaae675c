package dev.handoff.shared.event;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * The conversation went back to the queue.
 *
 * @param previousAgentId who held or was offered it, or null
 * @param reason a short machine-readable cause, such as {@code offer-timeout} or {@code agent-offline}
 */
public record Requeued(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        AgentId previousAgentId,
        String reason)
        implements LifecycleEvent {}
