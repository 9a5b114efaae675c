package dev.handoff.routing.adapter.out.metrics;

import dev.handoff.routing.application.port.out.AcceptWaitsPort;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The handoff-to-accept histogram, {@code handoff_queue_accept_wait_seconds{tenant}} (tenants are bounded per
 * installation): recorded when the assigning transaction commits (a CDI event observed after a successful commit), so
 * a rolled-back claim is not counted.
 */
@ApplicationScoped
public class AcceptWaitTimer implements AcceptWaitsPort {
    private final EntityManager entityManager;
    private final MeterRegistry registry;
    private final Event<AcceptWaited> waits;

    /** A wait to record once its transaction committed. */
    record AcceptWaited(Timer timer, Duration waited) {}

    public AcceptWaitTimer(EntityManager entityManager, MeterRegistry registry, Event<AcceptWaited> waits) {
        this.entityManager = entityManager;
        this.registry = registry;
        this.waits = waits;
    }

    @Override
    public void assigning(TenantId tenant, ConversationId conversation, Instant at) {
        @SuppressWarnings("unchecked")
        List<Object> queued = entityManager
                .createNativeQuery("select enqueued_at from queue_entry where conversation_id = ?1")
                .setParameter(1, conversation.value())
                .getResultList();
        if (queued.isEmpty()) {
            return;
        }
        Duration waited = Duration.between(instant(queued.get(0)), at);
        Timer timer = Timer.builder("handoff.queue.accept.wait")
                .description("From a conversation's queueing to its assignment (claim, automatic or accepted offer)")
                .tag("tenant", tenant.value())
                .publishPercentileHistogram()
                .register(registry);
        // CDI would deliver it at once in a transaction marked for rollback (one that is no longer active).
        if (!QuarkusTransaction.isRollbackOnly()) {
            waits.fire(new AcceptWaited(timer, waited.isNegative() ? Duration.ZERO : waited));
        }
    }

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) AcceptWaited wait) {
        wait.timer().record(wait.waited());
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
