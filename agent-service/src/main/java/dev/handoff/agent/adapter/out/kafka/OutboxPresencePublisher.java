package dev.handoff.agent.adapter.out.kafka;

import dev.handoff.agent.application.port.out.PublishPresencePort;
import dev.handoff.runtime.outbox.Outbox;
import dev.handoff.shared.event.PresenceChanged;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes through the transactional outbox, so a presence change leaves only if its state change commits. */
@ApplicationScoped
public class OutboxPresencePublisher implements PublishPresencePort {
    private final Outbox outbox;

    public OutboxPresencePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(PresenceChanged event) {
        outbox.append(event);
    }
}
