package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.ChangeRoutingSettingsCommand;
import dev.handoff.routing.application.port.in.ConfigureRoutingSettingsUseCase;
import dev.handoff.routing.application.port.in.RoutingSettings;
import dev.handoff.routing.application.port.in.TeamRoutingSettings;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.application.port.out.QueueRulesPort;
import dev.handoff.routing.application.port.out.StrategySettingsPort;
import dev.handoff.routing.application.port.out.UnavailableAgentPolicyPort;
import dev.handoff.routing.domain.model.QueueRules;
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
    private final QueueRulesPort rules;
    private final QueueChangesPort changes;

    public RoutingSettingsService(
            UnavailableAgentPolicyPort policy,
            StrategySettingsPort strategies,
            AssignmentWakeupPort wakeups,
            QueueRulesPort rules,
            QueueChangesPort changes) {
        this.policy = policy;
        this.strategies = strategies;
        this.wakeups = wakeups;
        this.rules = rules;
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoutingSettings settings(TenantId tenant) {
        return new RoutingSettings(
                policy.onAgentUnavailable(tenant), strategies.tenantStrategy(tenant), rules.rules(tenant));
    }

    @Override
    @Transactional
    public RoutingSettings change(TenantId tenant, ChangeRoutingSettingsCommand command) {
        if (command.onAgentUnavailable() != null) {
            policy.saveOnAgentUnavailable(tenant, command.onAgentUnavailable());
        }
        if (command.strategy() != null || command.offerTimeoutSeconds() != null) {
            StrategySettings changed =
                    strategies.tenantStrategy(tenant).with(command.strategy(), command.offerTimeoutSeconds());
            strategies.saveTenantStrategy(tenant, changed);
            wakeups.agentsChanged(tenant);
        }
        if (command.missedOffersBeforeAway() != null
                || command.teamOverflowSeconds() != null
                || command.leaveMessageAfterSeconds() != null) {
            rules.saveRules(
                    tenant,
                    rules.rules(tenant)
                            .with(
                                    command.missedOffersBeforeAway(),
                                    command.teamOverflowSeconds(),
                                    command.leaveMessageAfterSeconds()));
        }
        if (command.leaveMessageAfterSeconds() != null) {
            // Who may leave a message depends on it: the announcer looks at the tenant's queues again.
            changes.recordEveryQueueInLine(tenant);
        }
        return settings(tenant);
    }

    @Override
    @Transactional
    public TeamRoutingSettings teamSettings(TenantId tenant, TeamId team) {
        TeamStrategy overrides = strategies.teamStrategy(tenant, team);
        Integer overflow = rules.teamOverflow(tenant, team);
        QueueRules tenantRules = rules.rules(tenant);
        return new TeamRoutingSettings(
                team,
                overrides,
                overrides.appliedTo(strategies.tenantStrategy(tenant)),
                overflow,
                tenantRules.overflowOf(overflow).map(d -> (int) d.toSeconds()).orElse(0));
    }

    @Override
    @Transactional
    public TeamRoutingSettings setTeamSettings(
            TenantId tenant, TeamId team, TeamStrategy overrides, Integer overflowAfterSeconds) {
        if (overflowAfterSeconds != null) {
            QueueRules.requireValidOverflow(overflowAfterSeconds);
        }
        strategies.saveTeamStrategy(tenant, team, overrides);
        rules.saveTeamOverflow(tenant, team, overflowAfterSeconds);
        wakeups.agentsChanged(tenant);
        return teamSettings(tenant, team);
    }
}
