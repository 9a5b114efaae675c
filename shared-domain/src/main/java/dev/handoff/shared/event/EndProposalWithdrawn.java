package dev.handoff.shared.event;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * The visitor wrote instead of clicking the end button: the agent's proposal to end is withdrawn and the chat goes on.
 *
 * @param messageId the visitor's message that withdrew it
 */
public record EndProposalWithdrawn(
        UUID eventId, Instant occurredAt, TenantId tenantId, ConversationId conversationId, MessageId messageId)
        implements LifecycleEvent {}
