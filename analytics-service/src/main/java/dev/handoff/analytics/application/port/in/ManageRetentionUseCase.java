package dev.handoff.analytics.application.port.in;

import dev.handoff.analytics.domain.model.RetentionPolicy;
import dev.handoff.shared.id.TenantId;
import java.util.Optional;

/** Reads and sets how long a tenant's transcripts are kept. */
public interface ManageRetentionUseCase {
    /** The tenant's policy; empty when transcripts are kept forever. */
    Optional<RetentionPolicy> retention(TenantId tenant);

    /**
     * Sets (or with no period, removes) the policy; transcripts past it are erased at the next run.
     *
     * @throws dev.handoff.analytics.domain.model.InvalidRetentionException outside the allowed range
     */
    Optional<RetentionPolicy> change(ChangeRetentionCommand command);

    /** Sends one retention erasure per tenant with a policy; returns how many were sent. */
    int applyRetention();
}
