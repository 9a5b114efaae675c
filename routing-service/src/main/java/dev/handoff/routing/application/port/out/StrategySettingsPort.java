package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.StrategySettings;
import dev.handoff.routing.domain.model.TeamStrategy;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;

/** Stored strategy settings: the tenant's, and each team's overrides. */
public interface StrategySettingsPort {
    /** The tenant's settings, {@link StrategySettings#DEFAULT} where it chose nothing. */
    StrategySettings tenantStrategy(TenantId tenant);

    void saveTenantStrategy(TenantId tenant, StrategySettings settings);

    /** The team's overrides, {@link TeamStrategy#INHERIT_ALL} when it has none. */
    TeamStrategy teamStrategy(TenantId tenant, TeamId team);

    void saveTeamStrategy(TenantId tenant, TeamId team, TeamStrategy overrides);

    /** What the queue is served by: the team's overrides over the tenant's settings. */
    default StrategySettings effective(QueueKey queue) {
        StrategySettings tenant = tenantStrategy(queue.tenant());
        return queue.team() == null
                ? tenant
                : teamStrategy(queue.tenant(), queue.team()).appliedTo(tenant);
    }
}
