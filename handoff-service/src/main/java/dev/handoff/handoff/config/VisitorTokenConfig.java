package dev.handoff.handoff.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How visitor tokens are signed and how long they are good for. */
@ConfigMapping(prefix = "handoff.visitor-token")
public interface VisitorTokenConfig {
    /** HMAC-SHA256 key, at least 32 bytes, the same on every replica. */
    String secret();

    /** A token lets its visitor in for this long after the handoff. */
    @WithDefault("12h")
    Duration ttl();
}
