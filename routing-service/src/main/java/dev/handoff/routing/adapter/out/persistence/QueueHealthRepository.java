package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.QueueHealthPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
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
        return ((Number) entityManager.createNativeQuery("select count(*) from queue_entry where " + WAITING)
                .getSingleResult()).longValue();
    }

    @Override
    public Optional<Instant> oldestWaitingSince() {
        Object oldest = entityManager.createNativeQuery("select min(enqueued_at) from queue_entry where " + WAITING)
                .getSingleResult();
        if (oldest instanceof Timestamp timestamp) {
            return Optional.of(timestamp.toInstant());
        } else if (oldest instanceof OffsetDateTime time) {
            return Optional.of(time.toInstant());
        } else if (oldest instanceof Instant instant) {
            return Optional.of(instant);
        }
        return Optional.empty();
    }

    @Override
    public long agentsOnline() {
        return ((Number) entityManager.createNativeQuery("select count(*) from agent_presence where status = 'ONLINE'")
                .getSingleResult()).longValue();
    }
}
