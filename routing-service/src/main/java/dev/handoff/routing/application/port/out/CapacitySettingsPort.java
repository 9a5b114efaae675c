package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.CapacitySettings.AgentCapacity;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.Map;

/** Stored capacity rules: the tenant default and agents' own limits. */
public interface CapacitySettingsPort {
    void saveDefaultMaxChats(TenantId tenant, int maxChats);

    void saveAgentMaxChats(TenantId tenant, AgentId agent, Integer maxChats);

    /** Every agent routing knows of in the tenant, with their own limit and current load. */
    Map<AgentId, AgentCapacity> agents(TenantId tenant);
}
