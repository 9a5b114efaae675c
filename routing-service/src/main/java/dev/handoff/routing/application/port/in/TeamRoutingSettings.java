package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.StrategySettings;
import dev.handoff.routing.domain.model.TeamStrategy;
import dev.handoff.shared.id.TeamId;

/**
 * A team's strategy and overflow: what it overrides, and what its queue is served by after inheriting the rest.
 *
 * @param effective the overrides applied to the tenant's settings
 * @param overflowAfterSeconds the team's own overflow time (0: never), null when it inherits the tenant's
 * @param effectiveOverflowAfterSeconds after how long its conversations overflow to everyone; 0: never
 */
public record TeamRoutingSettings(
        TeamId team,
        TeamStrategy overrides,
        StrategySettings effective,
        Integer overflowAfterSeconds,
        int effectiveOverflowAfterSeconds) {}
