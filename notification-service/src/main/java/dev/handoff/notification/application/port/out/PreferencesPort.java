package dev.handoff.notification.application.port.out;

import dev.handoff.notification.domain.model.AgentPreferences;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.Map;
import java.util.Optional;

/** Each agent's notification preferences. */
public interface PreferencesPort {
    /** The agent's saved preferences; empty if they never saved any. */
    Optional<AgentPreferences> find(TenantId tenant, AgentId agent);

    /** The saved preferences of the tenant's agents. */
    Map<AgentId, AgentPreferences> inTenant(TenantId tenant);

    void save(AgentPreferences preferences);
}
