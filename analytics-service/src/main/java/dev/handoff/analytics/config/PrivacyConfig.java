package dev.handoff.analytics.config;

import dev.handoff.analytics.domain.model.PrivacyRules;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/** {@code analytics.privacy.*}: retention bounds and the services that confirm erasures. */
@ConfigMapping(prefix = "analytics.privacy")
public interface PrivacyConfig {
    /** The shortest retention a supervisor may set; a safety net against erasing a tenant's history by mistake. */
    @WithDefault("P1D")
    Duration shortestRetention();

    @WithDefault("P3650D")
    Duration longestRetention();

    /** Every service holding visitor data: an erasure is complete once each confirmed. */
    @WithDefault("handoff-service,routing-service,agent-service,notification-service,analytics-service")
    List<String> services();

    /** How often transcripts past their tenant's retention are erased. */
    @WithDefault("1h")
    Duration retentionEvery();

    /** The rules as the use cases see them. */
    final class Rules {
        @Produces
        @Singleton
        PrivacyRules rules(PrivacyConfig config) {
            return new PrivacyRules(
                    config.shortestRetention(), config.longestRetention(), config.services(), config.retentionEvery());
        }
    }
}
