package dev.handoff.runtime.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a consumer keeps processing a record again while the database is unavailable. */
@ConfigMapping(prefix = "handoff.consumer.database-retry")
public interface DatabaseRetryConfig {
    /** After this long the record fails as any other would (dead letter, or the next start while stopping). */
    @WithDefault("5m")
    Duration maxDuration();
}
