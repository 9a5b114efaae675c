package dev.handoff.runtime.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Remembers consumed event ids in the consumer's transaction, so a redelivery is applied once. */
@ApplicationScoped
public class Inbox {
    @Inject
    EntityManager entityManager;

    /** True the first time {@code eventId} is seen; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId) {
        return entityManager.createNativeQuery(
                        "insert into processed_event(event_id, processed_at) values (?1, now()) on conflict do nothing")
                .setParameter(1, eventId)
                .executeUpdate() == 1;
    }
}
