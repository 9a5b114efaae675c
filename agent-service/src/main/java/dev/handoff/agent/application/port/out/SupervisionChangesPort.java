package dev.handoff.agent.application.port.out;

import dev.handoff.shared.id.TenantId;

/** Tells the supervisors' consoles of a tenant, once the caller's transaction commits, that their overview changed. */
public interface SupervisionChangesPort {
    void announce(TenantId tenant);
}
