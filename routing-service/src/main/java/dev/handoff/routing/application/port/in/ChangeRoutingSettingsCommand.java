package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.OnAgentUnavailable;

/** New values for some of a tenant's rules; a null field keeps the current value. */
public record ChangeRoutingSettingsCommand(OnAgentUnavailable onAgentUnavailable, AssignmentStrategy strategy,
        Integer offerTimeoutSeconds, Integer missedOffersBeforeAway, Integer teamOverflowSeconds) {
    /** A change of the unavailability rule and the strategy only. */
    public ChangeRoutingSettingsCommand(OnAgentUnavailable onAgentUnavailable, AssignmentStrategy strategy,
            Integer offerTimeoutSeconds) {
        this(onAgentUnavailable, strategy, offerTimeoutSeconds, null, null);
    }
}
