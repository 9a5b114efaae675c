package dev.handoff.routing.adapter.in.kafka;

import dev.handoff.routing.application.port.in.RecordPresenceCommand;
import dev.handoff.routing.application.port.in.RecordPresenceUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Follows agents' presence; the capacity in the reports is left aside (limits are set in routing, see README). */
@ApplicationScoped
@RetryWhileDatabaseDown
public class PresenceConsumer {
    private final IncomingEvents incoming;
    private final RecordPresenceUseCase presence;

    public PresenceConsumer(IncomingEvents incoming, RecordPresenceUseCase presence) {
        this.incoming = incoming;
        this.presence = presence;
    }

    @Incoming("presence")
    @Blocking
    @Transactional
    public void onPresenceChanged(String payload) {
        incoming.accept(Topics.AGENT_PRESENCE, payload, PresenceChanged.class)
                .ifPresent(e -> presence.onPresenceChanged(new RecordPresenceCommand(
                        e.tenantId(),
                        e.agentId(),
                        e.displayName(),
                        e.status(),
                        Set.copyOf(e.teams()),
                        e.occurredAt())));
    }
}
