package dev.handoff.handoff.adapter.in.kafka;

import dev.handoff.handoff.application.port.in.TrackLifecycleUseCase;
import dev.handoff.runtime.inbox.BatchTransactions;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.LifecycleEvent;
import dev.handoff.shared.event.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Lifecycle changes from routing and the agents, applied once each to the visitor-side conversation. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class LifecycleConsumer {
    private final IncomingEvents incoming;
    private final TrackLifecycleUseCase track;
    private final BatchTransactions batches;

    public LifecycleConsumer(IncomingEvents incoming, TrackLifecycleUseCase track, BatchTransactions batches) {
        this.incoming = incoming;
        this.track = track;
        this.batches = batches;
    }

    /**
     * A poll's worth in one transaction (the channel is a batch channel, decision 0094): with thousands waiting, routing
     * tells every one of them a new place in one pass, and a transaction for each kept the feed thousands of commits
     * behind. Each record locks only its own chat, as a chat message does, so one transaction may hold many.
     */
    @Incoming("lifecycle")
    @Blocking
    public void onLifecycle(List<String> payloads) {
        batches.apply(
                payloads,
                payload -> incoming.accept(Topics.CONVERSATION_LIFECYCLE, payload, LifecycleEvent.class)
                        .ifPresent(track::onLifecycle));
    }
}
