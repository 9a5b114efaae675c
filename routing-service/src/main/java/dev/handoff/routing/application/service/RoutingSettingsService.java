package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.ChangeRoutingSettingsCommand;
import dev.handoff.routing.application.port.in.ConfigureRoutingSettingsUseCase;
import dev.handoff.routing.application.port.in.RoutingSettings;
import dev.handoff.routing.application.port.in.TeamRoutingSettings;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.StrategySettingsPort;
import dev.handoff.routing.application.port.out.UnavailableAgentPolicyPort;
import dev.handoff.routing.domain.model.StrategySettings;
import dev.handoff.routing.domain.model.TeamStrategy;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Reads and stores the tenant's routing rules and teams' strategy overrides. The unavailability rule applies
 * from the next presence change on; a strategy applies at once: routing serves the tenant's queues by it.
 */
@ApplicationScoped
public class RoutingSettingsService implements ConfigureRoutingSettingsUseCase {
    private final UnavailableAgentPolicyPort policy;
    private final StrategySettingsPort strategies;
    private final AssignmentWakeupPort wakeups;

    public RoutingSettingsService(UnavailableAgentPolicyPort policy, StrategySettingsPort strategies,
            AssignmentWakeupPort wakeups) {
        this.policy = policy;
        this.strategies = strategies;
        this.wakeups = wakeups;
    }

    @Override
    @Transactional
    public RoutingSettings settings(TenantId tenant) {
        return new RoutingSettings(policy.onAgentUnavailable(tenant), strategies.tenantStrategy(tenant));
    }

    @Override
    @Transactional
    public RoutingSettings change(TenantId tenant, ChangeRoutingSettingsCommand command) {
        if (command.onAgentUnavailable() != null) {
            policy.saveOnAgentUnavailable(tenant, command.onAgentUnavailable());
        }
        if (command.strategy() != null || command.offerTimeoutSeconds() != null) {
            StrategySettings changed = strategies.tenantStrategy(tenant)
                    .with(command.strategy(), command.offerTimeoutSeconds());
            strategies.saveTenantStrategy(tenant, changed);
            wakeups.agentsChanged(tenant);
        }
        return settings(tenant);
    }

    @Override
    @Transactional
    public TeamRoutingSettings teamSettings(TenantId tenant, TeamId team) {
        TeamStrategy overrides = strategies.teamStrategy(tenant, team);
        return new TeamRoutingSettings(team, overrides, overrides.appliedTo(strategies.tenantStrategy(tenant)));
    }

    @Override
    @Transactional
    public TeamRoutingSettings setTeamSettings(TenantId tenant, TeamId team, TeamStrategy overrides) {
        strategies.saveTeamStrategy(tenant, team, overrides);
        wakeups.agentsChanged(tenant);
        return teamSettings(tenant, team);
    }
}
