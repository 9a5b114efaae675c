package dev.handoff.notification.config;

import dev.handoff.notification.domain.model.RetryPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How failed mails are retried, from configuration. */
public class RetryPolicyProducer {
    @Produces
    @Singleton
    RetryPolicy retryPolicy(
            @ConfigProperty(name = "handoff.notification.retry.first-delay", defaultValue = "1m") Duration firstDelay,
            @ConfigProperty(name = "handoff.notification.retry.max-delay", defaultValue = "1h") Duration maxDelay,
            @ConfigProperty(name = "handoff.notification.retry.max-attempts", defaultValue = "12") int maxAttempts) {
        return new RetryPolicy(firstDelay, maxDelay, maxAttempts);
    }
}
