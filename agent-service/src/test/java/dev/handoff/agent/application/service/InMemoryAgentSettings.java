package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentSettingsPort;
import dev.handoff.agent.domain.model.AgentSettings;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Agents' settings in a map by tenant and agent, for use-case tests. */
final class InMemoryAgentSettings implements AgentSettingsPort {
    private final Map<String, AgentSettings> settings = new HashMap<>();

    @Override
    public Optional<AgentSettings> find(TenantId tenant, AgentId agent) {
        return Optional.ofNullable(settings.get(key(tenant, agent)));
    }

    @Override
    public void save(AgentSettings s) {
        Objects.requireNonNull(s.updatedAt(), "saved settings carry their time");
        settings.put(key(s.tenantId(), s.agentId()), s);
    }

    private static String key(TenantId tenant, AgentId agent) {
        return tenant.value() + "/" + agent.value();
    }
}
