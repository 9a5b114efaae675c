package dev.handoff.routing.adapter.out.kafka;

import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.runtime.outbox.Outbox;
import dev.handoff.shared.event.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes through the transactional outbox, so the event leaves only if the state change commits. */
@ApplicationScoped
public class OutboxEventPublisher implements PublishConversationEventPort {
    private final Outbox outbox;

    public OutboxEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(IntegrationEvent event) {
        outbox.append(event);
    }
}
