package dev.handoff.shared.event;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * The agent holding the conversation proposed to end it: the visitor is shown the bot's end message with its button,
 * and the chat ends only if they click it (CSML's signing-off message).
 *
 * @param agentDisplayName how the visitor sees the agent; null when unknown
 */
public record EndProposed(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        AgentId agentId,
        String agentDisplayName)
        implements LifecycleEvent {}
