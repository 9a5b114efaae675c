package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.notification.application.port.out.ProcessedEventsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** The shared inbox table {@code processed_event} of this schema. */
@ApplicationScoped
public class ProcessedEventRepository implements ProcessedEventsPort {
    private final EntityManager entityManager;

    public ProcessedEventRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int forgetBefore(Instant before) {
        // No index on processed_at: an hourly scan costs less than keeping one up to date on every insert.
        return entityManager
                .createNativeQuery("delete from processed_event where processed_at < ?1")
                .setParameter(1, before)
                .executeUpdate();
    }
}
