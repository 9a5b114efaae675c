package dev.handoff.shared.event;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import java.time.Instant;
import java.util.UUID;

/** Someone started or stopped typing. Ephemeral: it may be dropped, and is never replayed. */
public record Typing(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        Sender sender,
        boolean typing)
        implements ConversationEvent {}
