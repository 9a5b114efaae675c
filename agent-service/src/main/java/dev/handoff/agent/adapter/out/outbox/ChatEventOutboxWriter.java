package dev.handoff.agent.adapter.out.outbox;

import dev.handoff.agent.application.port.out.PublishChatEventsPort;
import dev.handoff.runtime.outbox.Outbox;
import dev.handoff.shared.event.ConversationEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes agents' chat events into the outbox table in the caller's transaction: they reach Kafka if it commits. */
@ApplicationScoped
public class ChatEventOutboxWriter implements PublishChatEventsPort {
    private final Outbox outbox;

    public ChatEventOutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ConversationEvent event) {
        outbox.append(event);
    }
}
