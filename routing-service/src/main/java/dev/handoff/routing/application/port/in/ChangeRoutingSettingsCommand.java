package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.OnAgentUnavailable;

/** New values for some of a tenant's rules; a null field keeps the current value. */
public record ChangeRoutingSettingsCommand(
        OnAgentUnavailable onAgentUnavailable,
        AssignmentStrategy strategy,
        Integer offerTimeoutSeconds,
        Integer missedOffersBeforeAway,
        Integer teamOverflowSeconds,
        Integer leaveMessageAfterSeconds) {
    /** A change without the time before a message may be left. */
    public ChangeRoutingSettingsCommand(
            OnAgentUnavailable onAgentUnavailable,
            AssignmentStrategy strategy,
            Integer offerTimeoutSeconds,
            Integer missedOffersBeforeAway,
            Integer teamOverflowSeconds) {
        this(onAgentUnavailable, strategy, offerTimeoutSeconds, missedOffersBeforeAway, teamOverflowSeconds, null);
    }

    /** A change of the unavailability rule and the strategy only. */
    public ChangeRoutingSettingsCommand(
            OnAgentUnavailable onAgentUnavailable, AssignmentStrategy strategy, Integer offerTimeoutSeconds) {
        this(onAgentUnavailable, strategy, offerTimeoutSeconds, null, null, null);
    }
}
