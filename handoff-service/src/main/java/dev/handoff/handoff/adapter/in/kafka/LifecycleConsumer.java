package dev.handoff.handoff.adapter.in.kafka;

import dev.handoff.handoff.application.port.in.TrackLifecycleUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.LifecycleEvent;
import dev.handoff.shared.event.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Lifecycle changes from routing and the agents, applied once each to the visitor-side conversation. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class LifecycleConsumer {
    private final IncomingEvents incoming;
    private final TrackLifecycleUseCase track;

    public LifecycleConsumer(IncomingEvents incoming, TrackLifecycleUseCase track) {
        this.incoming = incoming;
        this.track = track;
    }

    @Incoming("lifecycle")
    @Blocking
    @Transactional
    public void onLifecycle(String payload) {
        incoming.accept(Topics.CONVERSATION_LIFECYCLE, payload, LifecycleEvent.class)
                .ifPresent(track::onLifecycle);
    }
}
