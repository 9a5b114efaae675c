package dev.handoff.shared.event;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every service must delete the messages and personal data of some of a tenant's conversations, keeping only
 * what aggregates need, and confirm with {@link ErasureConfirmed}. Published on {@link Topics#DATA_ERASURE}.
 *
 * @param requestId names the request in every confirmation
 * @param conversationIds conversations to erase (one visitor's), may be empty
 * @param startedBefore also erase every conversation that started before this instant (retention), or null
 */
public record ErasureRequested(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        UUID requestId,
        List<ConversationId> conversationIds,
        Instant startedBefore)
        implements IntegrationEvent {
    public ErasureRequested {
        conversationIds = conversationIds == null ? List.of() : List.copyOf(conversationIds);
    }

    @Override
    public String key() {
        return requestId.toString();
    }
}
