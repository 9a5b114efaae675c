package dev.handoff.agent.adapter.out.outbox;

import dev.handoff.agent.application.port.out.PublishPresencePort;
import dev.handoff.runtime.outbox.Outbox;
import dev.handoff.shared.event.PresenceChanged;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes presence changes into the outbox table in the caller's transaction: they reach Kafka only if it commits. */
@ApplicationScoped
public class PresenceOutboxWriter implements PublishPresencePort {
    private final Outbox outbox;

    public PresenceOutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(PresenceChanged event) {
        outbox.append(event);
    }
}
