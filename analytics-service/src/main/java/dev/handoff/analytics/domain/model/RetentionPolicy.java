package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How long a tenant's transcripts are kept everywhere; the figures stay. */
public record RetentionPolicy(TenantId tenantId, Duration keep, Instant changedAt, String changedBy) {
    public RetentionPolicy {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(keep, "keep");
    }

    /** Chats that started before this are past keeping at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.minus(keep);
    }
}
