package dev.handoff.shared.event;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/** Nobody wrote for the bot's inactivity timeout; the chat ended on its own. */
public record Expired(
        UUID eventId, Instant occurredAt, TenantId tenantId, ConversationId conversationId, Instant lastActivityAt)
        implements LifecycleEvent {}
