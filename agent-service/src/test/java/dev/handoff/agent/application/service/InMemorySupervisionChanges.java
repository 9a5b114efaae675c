package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.SupervisionChangesPort;
import dev.handoff.shared.id.TenantId;
import java.util.ArrayList;
import java.util.List;

/** The tenants whose supervision overview the use cases announced as changed, in order. */
final class InMemorySupervisionChanges implements SupervisionChangesPort {
    final List<TenantId> announced = new ArrayList<>();

    @Override
    public void announce(TenantId tenant) {
        announced.add(tenant);
    }
}
