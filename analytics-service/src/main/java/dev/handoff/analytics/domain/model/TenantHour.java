package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.TenantId;
import java.time.Instant;

/** One tenant's hour whose rollups must be rebuilt. */
public record TenantHour(TenantId tenantId, Instant hour) {}
