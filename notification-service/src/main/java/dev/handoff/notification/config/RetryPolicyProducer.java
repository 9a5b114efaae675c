package dev.handoff.notification.config;

import dev.handoff.notification.domain.model.RetryPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** How failed mails are retried, from configuration. */
public class RetryPolicyProducer {
    @Produces
    @Singleton
    RetryPolicy retryPolicy(NotificationConfig config) {
        return new RetryPolicy(
                config.retry().firstDelay(),
                config.retry().maxDelay(),
                config.retry().maxAttempts());
    }
}
