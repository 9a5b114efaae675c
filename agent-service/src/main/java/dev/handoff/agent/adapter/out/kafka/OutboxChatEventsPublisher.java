package dev.handoff.agent.adapter.out.kafka;

import dev.handoff.agent.application.port.out.PublishChatEventsPort;
import dev.handoff.runtime.outbox.Outbox;
import dev.handoff.shared.event.ConversationEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes agents' chat events through the transactional outbox: they leave only if their change commits. */
@ApplicationScoped
public class OutboxChatEventsPublisher implements PublishChatEventsPort {
    private final Outbox outbox;

    public OutboxChatEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ConversationEvent event) {
        outbox.append(event);
    }
}
