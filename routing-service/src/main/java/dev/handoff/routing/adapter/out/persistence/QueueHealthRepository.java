package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.QueueHealthPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/** Counts read with the partial indexes on waiting and offered entries. */
@ApplicationScoped
public class QueueHealthRepository implements QueueHealthPort {
    private static final String WAITING = "status in ('WAITING', 'OFFERED')";
    private final EntityManager entityManager;

    public QueueHealthRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public long waitingConversations() {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from queue_entry where " + WAITING)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public Optional<Instant> oldestWaitingSince() {
        Object oldest = entityManager
                .createNativeQuery("select min(enqueued_at) from queue_entry where " + WAITING)
                .getSingleResult();
        return Optional.ofNullable(Rows.instant(oldest));
    }

    @Override
    public long agentsOnline() {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from agent_presence where status = 'ONLINE'")
                        .getSingleResult())
                .longValue();
    }
}
