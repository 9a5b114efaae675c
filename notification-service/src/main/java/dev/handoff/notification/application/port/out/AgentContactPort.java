package dev.handoff.notification.application.port.out;

import dev.handoff.notification.domain.model.AgentContact;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Optional;

/** How to reach each agent, and their presence. */
public interface AgentContactPort {
    /** The agent's contact, created without an address when first seen, locked until commit. */
    AgentContact lockOrStart(TenantId tenant, AgentId agent);

    Optional<AgentContact> find(TenantId tenant, AgentId agent);

    /** Every known agent of the tenant. */
    List<AgentContact> inTenant(TenantId tenant);

    void save(AgentContact contact);
}
