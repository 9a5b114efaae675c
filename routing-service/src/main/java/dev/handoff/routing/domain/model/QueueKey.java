package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;

/**
 * One queue: a tenant's team queue, or its tenant-wide queue.
 *
 * @param team null for the tenant-wide queue
 */
public record QueueKey(TenantId tenant, TeamId team) {
    public QueueKey {
        Objects.requireNonNull(tenant, "tenant");
    }
}
