package dev.handoff.handoff.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and caching of the public, unauthenticated availability endpoint. */
@ConfigMapping(prefix = "handoff.public-availability")
public interface PublicAvailabilityConfig {
    /** Requests a minute one client (its address, as forwarded by the gateway) may make on average. */
    @WithDefault("60")
    int perMinute();

    /** Requests one client may make at once before the average applies. */
    @WithDefault("20")
    int burst();

    /** Clients remembered per replica; the least recently seen are forgotten first. */
    @WithDefault("10000")
    int maxClients();

    /** How long browsers and caches may reuse an answer without asking again. */
    @WithDefault("15s")
    Duration maxAge();
}
