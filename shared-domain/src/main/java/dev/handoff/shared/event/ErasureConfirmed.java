package dev.handoff.shared.event;

import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * One service has carried out an {@link ErasureRequested}. Published on {@link Topics#DATA_ERASURE}.
 *
 * @param service the confirming service's name, such as {@code handoff-service}
 * @param conversationsErased how many of its conversations it erased (0 when it held none of them)
 */
public record ErasureConfirmed(
        UUID eventId, Instant occurredAt, TenantId tenantId, UUID requestId, String service, int conversationsErased)
        implements IntegrationEvent {
    @Override
    public String key() {
        return requestId.toString();
    }
}
