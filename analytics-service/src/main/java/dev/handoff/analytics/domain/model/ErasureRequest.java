package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An erasure sent to every service.
 *
 * @param conversations the visitor's chats (empty for retention)
 * @param startedBefore retention's cutoff, else null
 */
public record ErasureRequest(
        UUID id,
        TenantId tenantId,
        ErasureKind kind,
        Instant requestedAt,
        String requestedBy,
        List<ConversationId> conversations,
        Instant startedBefore) {
    public ErasureRequest {
        conversations = List.copyOf(conversations);
    }
}
