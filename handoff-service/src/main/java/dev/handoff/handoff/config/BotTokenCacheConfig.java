package dev.handoff.handoff.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many verified bot tokens this replica remembers, and for how long at most (decision 0085). */
@ConfigMapping(prefix = "handoff.bot-token-cache")
public interface BotTokenCacheConfig {
    /** Off: every bot request verifies its token's signature again, as before decision 0085. */
    @WithDefault("true")
    boolean enabled();

    /** Tokens remembered at once; the least recently used go first. */
    @WithDefault("1000")
    int maxEntries();

    /**
     * A token is trusted without a new signature check for at most this long (and never past its expiry): also the
     * longest a token stays accepted here after its signing key was withdrawn from the issuer's key set.
     */
    @WithDefault("5m")
    Duration maxLifetime();
}
