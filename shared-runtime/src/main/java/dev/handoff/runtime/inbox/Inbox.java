package dev.handoff.runtime.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Remembers consumed event ids in the consumer's transaction, so a redelivery is applied once. */
@ApplicationScoped
public class Inbox {
    @Inject
    EntityManager entityManager;

    /** True the first time {@code eventId} is seen; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId) {
        return entityManager
                        .createNativeQuery(
                                "insert into processed_event(event_id, processed_at) values (?1, now()) on conflict do nothing")
                        .setParameter(1, eventId)
                        .executeUpdate()
                == 1;
    }

    /**
     * Of {@code eventIds}, those seen for the first time, in one statement for a whole batch of records (one insert
     * per record was most of a busy consumer's round trips). An id given twice counts once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return new HashSet<>();
        }
        // UUIDs print as plain hex and dashes: safe inside an array literal.
        String ids = eventIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        List<?> inserted = entityManager
                .createNativeQuery(
                        "insert into processed_event(event_id, processed_at)"
                                + " select id, now() from unnest(cast(?1 as uuid[])) as id on conflict do nothing returning event_id")
                .setParameter(1, ids)
                .getResultList();
        Set<UUID> first = new HashSet<>();
        for (Object id : inserted) {
            first.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
        }
        return first;
    }

    /**
     * Forgets the ids consumed before {@code before}, for a service whose housekeeping prunes its inbox; returns how
     * many. Only safe for ids older than any record the topics can still redeliver.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetBefore(Instant before) {
        return entityManager
                .createNativeQuery("delete from processed_event where processed_at < ?1")
                .setParameter(1, before)
                .executeUpdate();
    }
}
