package dev.handoff.shared.event;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/** The visitor left or ended the chat. */
public record EndedByVisitor(UUID eventId, Instant occurredAt, TenantId tenantId, ConversationId conversationId)
        implements LifecycleEvent {}
