package dev.handoff.analytics.config;

import dev.handoff.analytics.domain.model.InboxRetention;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/** {@code analytics.inbox.*}: how long the ids of consumed events are kept, and how often older ones are pruned. */
@ConfigMapping(prefix = "analytics.inbox")
public interface InboxConfig {
    /** Kept longer than the topics keep their records, so a record that can still be redelivered is recognised. */
    Duration retention();

    /** How often ids past the retention are deleted; read by the scheduled job itself. */
    Duration pruneEvery();

    /** The retention as the use case sees it. */
    final class Retention {
        @Produces
        @Singleton
        InboxRetention retention(InboxConfig config) {
            return new InboxRetention(config.retention());
        }
    }
}
