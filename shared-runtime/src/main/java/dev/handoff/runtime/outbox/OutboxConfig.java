package dev.handoff.runtime.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay publishes: how long it waits for the broker, and how often it sweeps for missed rows. */
@ConfigMapping(prefix = "handoff.outbox")
public interface OutboxConfig {
    /** A batch the broker has not acknowledged by then is sent again on the next pass (rows stay until acked). */
    @WithDefault("30s")
    Duration ackTimeout();

    /** The safety sweep for rows whose after-commit wake-up was lost; read by the relay's schedule. */
    @WithDefault("5s")
    Duration sweepInterval();
}
