package dev.handoff.runtime.outbox;

import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Records events in the caller's transaction; they reach Kafka only if, and as soon as, it commits.
 * This is the only way services publish events, so no state change goes without its event.
 */
@ApplicationScoped
public class Outbox {
    @Inject
    EventJson eventJson;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Adds {@code event} to the current transaction's outbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(IntegrationEvent event) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = event.eventId();
        message.topic = Topics.of(event);
        message.key = event.key();
        message.eventType = EventTypes.nameOf(event.getClass());
        message.payload = eventJson.write(event);
        message.createdAt = Instant.now();
        message.persist();
        if (transactions.getResource(OutboxRelay.class) == null) {
            // One relay wake-up per transaction, however many events it wrote.
            transactions.putResource(OutboxRelay.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        }
    }

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
