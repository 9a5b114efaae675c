package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.OnAgentUnavailable;
import dev.handoff.routing.domain.model.QueueRules;
import dev.handoff.routing.domain.model.StrategySettings;

/** A tenant's routing rules. */
public record RoutingSettings(OnAgentUnavailable onAgentUnavailable, StrategySettings strategy, QueueRules rules) {}
