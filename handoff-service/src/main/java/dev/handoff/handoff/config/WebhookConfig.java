package dev.handoff.handoff.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** How bots' webhooks are delivered; the poll interval is read by the scheduled job itself. */
@ConfigMapping(prefix = "handoff.webhook")
public interface WebhookConfig {
    /** How often due deliveries are looked for. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Connecting and the whole exchange of one delivery; the HTTP client refuses anything but a positive one. */
    @WithDefault("5s")
    @DurationMin(nanos = 1)
    Duration timeout();

    /** Attempts before a delivery is abandoned. */
    @WithDefault("12")
    int maxAttempts();
}
