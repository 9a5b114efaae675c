package dev.handoff.analytics.application.port.in;

import dev.handoff.analytics.domain.model.ErasureStatus;
import dev.handoff.shared.event.ErasureConfirmed;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.UUID;

/** Erasures of visitors' data across every service, and where each stands. */
public interface ErasuresUseCase {
    /**
     * Sends an erasure of the visitor's chats to every service.
     *
     * @throws NoSuchVisitorException if neither the address nor the ids name a chat of the tenant
     * @throws UnknownConversationsException if some of the given ids are not the tenant's
     */
    ErasureStatus request(RequestErasureCommand command);

    /** @throws UnknownErasureException if the tenant made no such request */
    ErasureStatus status(TenantId tenant, UUID id);

    /** The tenant's latest requests, newest first. */
    List<ErasureStatus> recent(TenantId tenant);

    /** Notes a service's confirmation. */
    void confirmed(ErasureConfirmed confirmation);
}
