package dev.handoff.notification.adapter.in.kafka;

import dev.handoff.notification.application.port.in.RecordHandoffRequestCommand;
import dev.handoff.notification.application.port.in.RecordHandoffRequestUseCase;
import dev.handoff.notification.domain.model.RequestDetails;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Each new handoff request starts its notification timers; redeliveries are dropped by the inbox. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class HandoffRequestsConsumer {
    private final IncomingEvents incomingEvents;
    private final RecordHandoffRequestUseCase record;

    public HandoffRequestsConsumer(IncomingEvents incomingEvents, RecordHandoffRequestUseCase record) {
        this.incomingEvents = incomingEvents;
        this.record = record;
    }

    @Incoming("handoff-requests")
    @Blocking
    @Transactional
    public void consume(String payload) {
        incomingEvents
                .accept(Topics.HANDOFF_REQUESTS, payload, HandoffRequested.class)
                .ifPresent(e -> record.requested(new RecordHandoffRequestCommand(
                        e.tenantId(),
                        e.conversationId(),
                        RequestDetails.of(
                                e.botId(),
                                e.botDisplayName(),
                                e.visitor(),
                                e.botHistory(),
                                e.team(),
                                e.occurredAt()))));
    }
}
