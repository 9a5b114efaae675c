package dev.handoff.routing.adapter.out.metrics;

import dev.handoff.routing.application.port.out.AcceptWaitsPort;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The handoff-to-accept histogram, {@code handoff_queue_accept_wait_seconds{tenant}} (tenants are bounded per
 * installation): recorded when the assigning transaction commits, so a rolled-back claim is not counted.
 */
@ApplicationScoped
public class AcceptWaitTimer implements AcceptWaitsPort {
    private final EntityManager entityManager;
    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    public AcceptWaitTimer(
            EntityManager entityManager, MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.registry = registry;
        this.transactions = transactions;
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
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    timer.record(waited.isNegative() ? Duration.ZERO : waited);
                }
            }
        });
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
