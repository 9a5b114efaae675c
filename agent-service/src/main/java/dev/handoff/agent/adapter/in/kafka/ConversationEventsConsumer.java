package dev.handoff.agent.adapter.in.kafka;

import dev.handoff.agent.application.port.in.SetAwayAfterMissedOffersUseCase;
import dev.handoff.agent.application.port.in.TrackConversationUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.LifecycleEvent;
import dev.handoff.shared.event.OffersMissed;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.MalformedEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds the agents' conversation views from handoff requests and lifecycle changes. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class ConversationEventsConsumer {
    private final EventJson eventJson;
    private final IncomingEvents incoming;
    private final TrackConversationUseCase track;
    private final SetAwayAfterMissedOffersUseCase away;

    public ConversationEventsConsumer(
            EventJson eventJson,
            IncomingEvents incoming,
            TrackConversationUseCase track,
            SetAwayAfterMissedOffersUseCase away) {
        this.eventJson = eventJson;
        this.incoming = incoming;
        this.track = track;
        this.away = away;
    }

    @Incoming("handoff-requests")
    @Blocking
    @Transactional
    public void onHandoffRequest(String payload) {
        incoming.accept(Topics.HANDOFF_REQUESTS, payload, HandoffRequested.class)
                .ifPresent(track::onHandoffRequested);
    }

    /** Records the view has no use for are let pass before a transaction is opened for them (decision 0093). */
    @Incoming("lifecycle")
    @Blocking
    public void onLifecycle(String payload) {
        if (worthATransaction(payload)) {
            QuarkusTransaction.requiringNew().run(() -> applyLifecycle(payload));
        }
    }

    private boolean worthATransaction(String payload) {
        try {
            return !(eventJson.read(payload) instanceof LifecycleEvent event) || track.uses(event);
        } catch (MalformedEventException e) {
            return true; // the inbox's front door logs and skips it
        }
    }

    private void applyLifecycle(String payload) {
        incoming.accept(Topics.CONVERSATION_LIFECYCLE, payload, LifecycleEvent.class)
                .ifPresent(event -> {
                    if (event instanceof OffersMissed missed) {
                        away.onOffersMissed(missed);
                    } else {
                        track.onLifecycle(event);
                    }
                });
    }
}
