package dev.handoff.analytics.adapter.out.kafka;

import dev.handoff.analytics.application.port.out.PublishEventPort;
import dev.handoff.runtime.outbox.Outbox;
import dev.handoff.shared.event.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes through the transactional outbox, so the event leaves only if the change it announces commits. */
@ApplicationScoped
public class OutboxEventPublisher implements PublishEventPort {
    private final Outbox outbox;

    public OutboxEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(IntegrationEvent event) {
        outbox.append(event);
    }
}
