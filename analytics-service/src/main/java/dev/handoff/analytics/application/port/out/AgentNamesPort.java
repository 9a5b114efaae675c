package dev.handoff.analytics.application.port.out;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.Collection;
import java.util.Map;

/** The names agents are shown by, so reports say who rather than an id. */
public interface AgentNamesPort {
    void remember(TenantId tenant, AgentId agent, String displayName);

    /** The known names of these agents, by id; unknown ones are missing. */
    Map<String, String> namesOf(TenantId tenant, Collection<String> agentIds);
}
