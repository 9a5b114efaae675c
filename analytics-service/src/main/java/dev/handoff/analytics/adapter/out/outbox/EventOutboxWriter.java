package dev.handoff.analytics.adapter.out.outbox;

import dev.handoff.analytics.application.port.out.PublishEventPort;
import dev.handoff.runtime.outbox.Outbox;
import dev.handoff.shared.event.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes events into the outbox table in the caller's transaction: they reach Kafka only if it commits. */
@ApplicationScoped
public class EventOutboxWriter implements PublishEventPort {
    private final Outbox outbox;

    public EventOutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(IntegrationEvent event) {
        outbox.append(event);
    }
}
