package dev.handoff.analytics.config;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/** How rollups keep up with the events; the intervals are read by the scheduled jobs themselves. */
@ConfigMapping(prefix = "analytics.rollups")
public interface RollupsConfig {
    /** How often marked hours are rebuilt. */
    Duration refreshEvery();

    /** Marked hours one transaction rebuilds; the rebuild goes on while a transaction rebuilds this many. */
    @Positive
    int hoursPerTransaction();

    /** How often the current hour of tenants whose agents' time grows without events is marked. */
    Duration openTimeEvery();
}
