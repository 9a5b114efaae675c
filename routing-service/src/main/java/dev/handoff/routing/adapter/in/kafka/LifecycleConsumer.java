package dev.handoff.routing.adapter.in.kafka;

import dev.handoff.routing.application.port.in.RecordConversationEndUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.LifecycleEvent;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.MalformedEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Frees agents and queue places when conversations end. Everything else on the topic is passed by before the
 * inbox, without a transaction: most of it is routing's own output (positions, offers, assignments), and with a
 * long queue the places behind every assignment are announced (coalesced, but still one per moved visitor).
 * Paying a transaction for each of those would let this consumer fall behind the chat ends it exists for, so
 * agents would stay full and the queue grow.
 */
@ApplicationScoped
@RetryWhileDatabaseDown
public class LifecycleConsumer {
    private final IncomingEvents incoming;
    private final RecordConversationEndUseCase ends;
    private final EventJson json;

    public LifecycleConsumer(IncomingEvents incoming, RecordConversationEndUseCase ends, EventJson json) {
        this.incoming = incoming;
        this.ends = ends;
        this.json = json;
    }

    @Incoming("lifecycle")
    @Blocking
    public void onLifecycle(String payload) {
        if (!mayEndAConversation(payload)) {
            return;
        }
        // The inbox entry and the end commit together, so a redelivery is applied once.
        QuarkusTransaction.requiringNew()
                .run(() -> incoming.accept(Topics.CONVERSATION_LIFECYCLE, payload, LifecycleEvent.class)
                        .filter(LifecycleConsumer::endsAConversation)
                        .ifPresent(e -> ends.onEnded(e.conversationId())));
    }

    private boolean mayEndAConversation(String payload) {
        try {
            return endsAConversation(json.read(payload));
        } catch (MalformedEventException e) {
            // The inbox logs and skips it, as every consumer does with a record nobody can read.
            return true;
        }
    }

    private static boolean endsAConversation(IntegrationEvent event) {
        // A message left instead of waiting ends the wait as a visitor leaving does.
        return event instanceof Completed
                || event instanceof EndedByVisitor
                || event instanceof Expired
                || event instanceof MessageLeft;
    }
}
