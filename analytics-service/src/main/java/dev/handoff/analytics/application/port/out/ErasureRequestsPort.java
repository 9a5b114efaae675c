package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.ErasureKind;
import dev.handoff.analytics.domain.model.ErasureRequest;
import dev.handoff.analytics.domain.model.ErasureStatus;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores erasure requests and the services' confirmations. */
public interface ErasureRequestsPort {
    void save(ErasureRequest request);

    Optional<ErasureRequest> find(TenantId tenant, UUID id);

    /** When the tenant's latest request of this kind was made. */
    Optional<Instant> latest(TenantId tenant, ErasureKind kind);

    /** The tenant's latest requests, newest first. */
    List<ErasureRequest> recent(TenantId tenant, int limit);

    /** Records a confirmation once; a repeat changes nothing. */
    void confirm(UUID requestId, ErasureStatus.Confirmation confirmation);

    List<ErasureStatus.Confirmation> confirmations(UUID requestId);
}
