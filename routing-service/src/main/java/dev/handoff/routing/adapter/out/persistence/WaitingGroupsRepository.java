package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.WaitingGroupsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** A group-by over the waiting and offered entries only (they are few: the rest are assigned or gone). */
@ApplicationScoped
public class WaitingGroupsRepository implements WaitingGroupsPort {
    private static final String GROUPS = "select tenant_id, bot_id, team, count(*), min(enqueued_at) from queue_entry"
            + " where status in ('WAITING', 'OFFERED') group by tenant_id, bot_id, team";
    private final EntityManager entityManager;

    public WaitingGroupsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Row> waitingGroups() {
        List<Object[]> rows = entityManager.createNativeQuery(GROUPS).getResultList();
        return rows.stream().map(r -> new Row((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                instant(r[4]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
