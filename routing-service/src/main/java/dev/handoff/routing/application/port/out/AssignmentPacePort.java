package dev.handoff.routing.application.port.out;

import dev.handoff.shared.id.TenantId;
import java.time.Duration;

/** How quickly conversations have recently been taken from a tenant's queues. */
public interface AssignmentPacePort {
    /** The recent average time between two assignments, or a configured default without history. */
    Duration timeBetweenAssignments(TenantId tenantId);
}
