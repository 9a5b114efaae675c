package dev.handoff.routing.domain.model;

/**
 * A team's overrides of its tenant's strategy settings; a null field inherits the tenant's value, so a
 * tenant-wide change reaches every team that did not choose otherwise.
 */
public record TeamStrategy(AssignmentStrategy strategy, Integer offerTimeoutSeconds) {
    /** A team that overrides nothing. */
    public static final TeamStrategy INHERIT_ALL = new TeamStrategy(null, null);

    public TeamStrategy {
        if (offerTimeoutSeconds != null) {
            StrategySettings.requireValidTimeout(offerTimeoutSeconds);
        }
    }

    /** The settings the team's queue is served by under {@code tenant}'s. */
    public StrategySettings appliedTo(StrategySettings tenant) {
        return tenant.with(strategy, offerTimeoutSeconds);
    }
}
