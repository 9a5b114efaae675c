package dev.handoff.handoff.application.port.out;

import dev.handoff.shared.event.IntegrationEvent;

/** Publishes an event together with the current transaction: both happen or neither does. */
public interface PublishConversationEventPort {
    void publish(IntegrationEvent event);
}
