package dev.handoff.handoff.adapter.out.outbox;

import dev.handoff.handoff.application.port.out.PublishConversationEventPort;
import dev.handoff.runtime.outbox.Outbox;
import dev.handoff.shared.event.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes events into the outbox table in the caller's transaction: they reach Kafka only if it commits. */
@ApplicationScoped
public class ConversationEventOutboxWriter implements PublishConversationEventPort {
    private final Outbox outbox;

    public ConversationEventOutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(IntegrationEvent event) {
        outbox.append(event);
    }
}
