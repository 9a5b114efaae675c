package dev.handoff.notification.adapter.in.kafka;

import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.notification.application.port.in.NotifyNewHandoffCommand;
import dev.handoff.notification.application.port.in.NotifyNewHandoffUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Turns each new handoff request on Kafka into a notification; redeliveries are dropped by the inbox. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class HandoffRequestsConsumer {
    private final IncomingEvents incomingEvents;
    private final NotifyNewHandoffUseCase notifyNewHandoff;

    public HandoffRequestsConsumer(IncomingEvents incomingEvents, NotifyNewHandoffUseCase notifyNewHandoff) {
        this.incomingEvents = incomingEvents;
        this.notifyNewHandoff = notifyNewHandoff;
    }

    @Incoming("handoff-requests")
    @Blocking
    @Transactional
    public void consume(String payload) {
        incomingEvents.accept(Topics.HANDOFF_REQUESTS, payload, HandoffRequested.class)
                .ifPresent(event -> notifyNewHandoff.notifyNewHandoff(new NotifyNewHandoffCommand(event.eventId(),
                        event.tenantId(), event.conversationId(), event.botId(), event.visitor(), event.botHistory(),
                        event.occurredAt())));
    }
}
