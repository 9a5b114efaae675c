package dev.handoff.analytics.adapter.in.kafka;

import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.analytics.application.port.in.RecordConversationEventUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.shared.event.ConversationEvent;
import dev.handoff.shared.event.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds handoff requests and lifecycle events into the conversation facts. The two topics are read by
 * separate channels, so a conversation's lifecycle events may come before its request.
 */
@ApplicationScoped
@RetryWhileDatabaseDown
public class ConversationEventsConsumer {
    private final IncomingEvents incomingEvents;
    private final RecordConversationEventUseCase record;
    private final MeterRegistry registry;

    public ConversationEventsConsumer(IncomingEvents incomingEvents, RecordConversationEventUseCase record,
            MeterRegistry registry) {
        this.incomingEvents = incomingEvents;
        this.record = record;
        this.registry = registry;
    }

    @Incoming("handoff-requests")
    @Blocking
    @Transactional
    public void handoffRequest(String payload) {
        apply(incomingEvents.accept(Topics.HANDOFF_REQUESTS, payload, ConversationEvent.class));
    }

    @Incoming("conversation-lifecycle")
    @Blocking
    @Transactional
    public void lifecycleEvent(String payload) {
        apply(incomingEvents.accept(Topics.CONVERSATION_LIFECYCLE, payload, ConversationEvent.class));
    }

    private void apply(Optional<ConversationEvent> accepted) {
        accepted.ifPresent(event -> {
            record.record(event);
            // Counted by type, so dashboards see the event flow without querying the facts.
            registry.counter("handoff.analytics.events", "type", event.getClass().getSimpleName()).increment();
        });
    }
}
