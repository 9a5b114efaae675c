package dev.handoff.runtime.outbox;

import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.EventTypes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
    OutboxStore store;

    @Inject
    Event<OutboxWritten> written;

    /** Adds {@code event} to the current transaction's outbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(IntegrationEvent event) {
        store.insert(
                event.eventId(),
                Topics.of(event),
                event.key(),
                EventTypes.nameOf(event.getClass()),
                eventJson.write(event),
                Instant.now());
        // The relay observes this after the commit; wake-ups of one transaction merge there into one pass. A
        // transaction marked for rollback would have it delivered at once (CDI's rule for a transaction that is not
        // active).
        if (!QuarkusTransaction.isRollbackOnly()) {
            written.fire(OutboxWritten.INSTANCE);
        }
    }
}
