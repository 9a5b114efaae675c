package dev.handoff.routing.adapter.in.kafka;

import dev.handoff.routing.application.port.in.EnqueueHandoffCommand;
import dev.handoff.routing.application.port.in.EnqueueHandoffUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.model.HistoryEntry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Queues every handoff a bot requested. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class HandoffRequestsConsumer {
    private final IncomingEvents incoming;
    private final EnqueueHandoffUseCase enqueue;

    public HandoffRequestsConsumer(IncomingEvents incoming, EnqueueHandoffUseCase enqueue) {
        this.incoming = incoming;
        this.enqueue = enqueue;
    }

    @Incoming("handoff-requests")
    @Blocking
    @Transactional
    public void onHandoffRequested(String payload) {
        incoming.accept(Topics.HANDOFF_REQUESTS, payload, HandoffRequested.class)
                .ifPresent(e -> enqueue.enqueue(new EnqueueHandoffCommand(
                        e.tenantId(),
                        e.conversationId(),
                        e.botId(),
                        e.team(),
                        e.priority(),
                        e.occurredAt(),
                        e.visitor().displayName(),
                        HistoryEntry.lastVisitorText(e.botHistory()))));
    }
}
