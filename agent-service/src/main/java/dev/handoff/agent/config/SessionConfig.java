package dev.handoff.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Console socket tickets. */
@ConfigMapping(prefix = "agent.session")
public interface SessionConfig {
    /** Tickets are redeemable once, within this time. */
    @WithDefault("30s")
    Duration ticketTtl();
}
