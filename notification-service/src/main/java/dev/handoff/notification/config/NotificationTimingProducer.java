package dev.handoff.notification.config;

import dev.handoff.notification.domain.model.NotificationTiming;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The service's own timing rules, from configuration. */
public class NotificationTimingProducer {
    @Produces
    @Singleton
    NotificationTiming timing(NotificationConfig config) {
        return new NotificationTiming(
                config.newRequest().queueGrace(),
                config.batch().maxMessages(),
                config.retention(),
                config.inboxRetention());
    }
}
