package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.StrategySettings;
import dev.handoff.routing.domain.model.TeamStrategy;
import dev.handoff.shared.id.TeamId;

/**
 * A team's strategy: what it overrides, and what its queue is served by after inheriting the rest.
 *
 * @param effective the overrides applied to the tenant's settings
 */
public record TeamRoutingSettings(TeamId team, TeamStrategy overrides, StrategySettings effective) {
}
