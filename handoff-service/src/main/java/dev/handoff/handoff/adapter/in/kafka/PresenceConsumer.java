package dev.handoff.handoff.adapter.in.kafka;

import dev.handoff.handoff.application.port.in.TrackAgentPresenceUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Agents' presence reports, kept so the public availability can say whether anyone is online. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class PresenceConsumer {
    private final IncomingEvents incoming;
    private final TrackAgentPresenceUseCase track;

    public PresenceConsumer(IncomingEvents incoming, TrackAgentPresenceUseCase track) {
        this.incoming = incoming;
        this.track = track;
    }

    @Incoming("presence")
    @Blocking
    @Transactional
    public void onPresence(String payload) {
        incoming.accept(Topics.AGENT_PRESENCE, payload, PresenceChanged.class).ifPresent(track::onPresenceChanged);
    }
}
