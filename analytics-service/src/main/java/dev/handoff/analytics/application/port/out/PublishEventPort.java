package dev.handoff.analytics.application.port.out;

import dev.handoff.shared.event.IntegrationEvent;

/** Publishes an event together with the current transaction: both happen or neither does. */
public interface PublishEventPort {
    void publish(IntegrationEvent event);
}
