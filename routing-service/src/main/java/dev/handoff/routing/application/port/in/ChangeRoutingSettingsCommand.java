package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.OnAgentUnavailable;

/** New values for some of a tenant's rules; a null field keeps the current value. */
public record ChangeRoutingSettingsCommand(OnAgentUnavailable onAgentUnavailable, AssignmentStrategy strategy,
        Integer offerTimeoutSeconds) {
}
