package dev.handoff.analytics.application.port.in;

import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * Which figures to summarise.
 *
 * @param from start of the period (inclusive), or null for thirty days before {@code to}
 * @param to end of the period (exclusive), or null for now
 */
public record SummaryQuery(TenantId tenantId, Instant from, Instant to) {
    public SummaryQuery {
        Objects.requireNonNull(tenantId, "tenantId");
    }
}
