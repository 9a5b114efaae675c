package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.RetentionPolicy;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Optional;

/** Stores each tenant's retention period. */
public interface RetentionPoliciesPort {
    Optional<RetentionPolicy> find(TenantId tenant);

    void save(RetentionPolicy policy);

    void remove(TenantId tenant);

    List<RetentionPolicy> all();
}
