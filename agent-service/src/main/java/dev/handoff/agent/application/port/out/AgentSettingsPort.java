package dev.handoff.agent.application.port.out;

import dev.handoff.agent.domain.model.AgentSettings;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.Optional;

/** Agents' settings in PostgreSQL, one row per tenant and agent. */
public interface AgentSettingsPort {
    /** The agent's saved settings in this tenant; empty if never saved. */
    Optional<AgentSettings> find(TenantId tenant, AgentId agent);

    /** Inserts or replaces the agent's settings. */
    void save(AgentSettings settings);
}
