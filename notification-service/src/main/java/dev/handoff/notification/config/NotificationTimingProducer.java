package dev.handoff.notification.config;

import dev.handoff.notification.domain.model.NotificationTiming;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's own timing rules, from configuration. */
public class NotificationTimingProducer {
    @Produces
    @Singleton
    NotificationTiming timing(
            @ConfigProperty(name = "handoff.notification.new-request.queue-grace", defaultValue = "30s") Duration grace,
            @ConfigProperty(name = "handoff.notification.batch.max-messages", defaultValue = "20") int maxMessages,
            @ConfigProperty(name = "handoff.notification.retention", defaultValue = "30d") Duration retention) {
        return new NotificationTiming(grace, maxMessages, retention);
    }
}
