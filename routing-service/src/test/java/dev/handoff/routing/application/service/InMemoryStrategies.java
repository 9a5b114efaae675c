package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.StrategySettingsPort;
import dev.handoff.routing.domain.model.StrategySettings;
import dev.handoff.routing.domain.model.TeamStrategy;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.HashMap;
import java.util.Map;

/** Tenants' strategy settings and teams' overrides in maps, for use-case tests. */
final class InMemoryStrategies implements StrategySettingsPort {
    final Map<TenantId, StrategySettings> tenants = new HashMap<>();
    final Map<String, TeamStrategy> teams = new HashMap<>();

    @Override
    public StrategySettings tenantStrategy(TenantId tenant) {
        return tenants.getOrDefault(tenant, StrategySettings.DEFAULT);
    }

    @Override
    public void saveTenantStrategy(TenantId tenant, StrategySettings settings) {
        tenants.put(tenant, settings);
    }

    @Override
    public TeamStrategy teamStrategy(TenantId tenant, TeamId team) {
        return teams.getOrDefault(tenant.value() + "/" + team.value(), TeamStrategy.INHERIT_ALL);
    }

    @Override
    public void saveTeamStrategy(TenantId tenant, TeamId team, TeamStrategy overrides) {
        teams.put(tenant.value() + "/" + team.value(), overrides);
    }
}
