package dev.handoff.shared.event;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * The visitor rated the chat.
 *
 * @param score 1 (worst) to 5 (best)
 * @param comment free text, may be null
 */
public record Rated(
        UUID eventId, Instant occurredAt, TenantId tenantId, ConversationId conversationId, int score, String comment)
        implements LifecycleEvent {}
