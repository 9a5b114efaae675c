package dev.handoff.notification.adapter.in.kafka;

import dev.handoff.notification.application.port.in.PresenceCommand;
import dev.handoff.notification.application.port.in.TrackPresenceUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Agents' presence: whether they are at the console decides whether visitor messages are mailed to them. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class PresenceConsumer {
    private final IncomingEvents incomingEvents;
    private final TrackPresenceUseCase presence;

    public PresenceConsumer(IncomingEvents incomingEvents, TrackPresenceUseCase presence) {
        this.incomingEvents = incomingEvents;
        this.presence = presence;
    }

    @Incoming("agent-presence")
    @Blocking
    @Transactional
    public void consume(String payload) {
        incomingEvents
                .accept(Topics.AGENT_PRESENCE, payload, PresenceChanged.class)
                .ifPresent(p -> presence.presenceChanged(new PresenceCommand(
                        p.tenantId(),
                        p.agentId(),
                        p.displayName(),
                        p.status(),
                        Set.copyOf(p.teams()),
                        p.occurredAt())));
    }
}
