package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.QueueOutlookPort;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStaffing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A queue's staffing from the presence snapshot and {@code agent_load}, read without locks (it only informs what
 * visitors are told), with the same "who serves which queue" rule as automatic assignment.
 */
@ApplicationScoped
public class QueueOutlookRepository implements QueueOutlookPort {
    private final EntityManager entityManager;

    public QueueOutlookRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public QueueStaffing staffingOf(QueueKey queue, int defaultLimit) {
        String servesTeam =
                queue.team() == null ? "" : " and (cardinality(p.teams) = 0 or cast(?3 as varchar) = any(p.teams))";
        Query query = Rows.query(entityManager, """
                        select count(*) as agents_online, coalesce(sum(greatest(0, coalesce(l.max_chats, ?2) - coalesce(l.active_chats, 0)
                               - (select count(*) from queue_entry o where o.tenant_id = p.tenant_id
                                  and o.offered_to = p.agent_id and o.status = 'OFFERED'))), 0) as free_slots
                        from agent_presence p
                        left join agent_load l on l.tenant_id = p.tenant_id and l.agent_id = p.agent_id
                        where p.tenant_id = ?1 and p.status = 'ONLINE'
                          and (l.away_requested_at is null or l.away_requested_at < p.changed_at)""" + servesTeam)
                .setParameter(1, queue.tenant().value())
                .setParameter(2, defaultLimit);
        if (queue.team() != null) {
            query.setParameter(3, queue.team().value());
        }
        Tuple row = (Tuple) query.getSingleResult();
        return new QueueStaffing(Rows.integer(row, "agents_online"), Rows.integer(row, "free_slots"));
    }

    @Override
    public Optional<Instant> headWaitingSince(QueueKey queue) {
        Query query = entityManager.createNativeQuery("select min(enqueued_at) from queue_entry where "
                + QueueRows.sameQueue(queue.team()) + " and status in ('WAITING', 'OFFERED')");
        List<?> rows = QueueRows.bindQueue(query, queue.tenant(), queue.team()).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(Rows.instant(rows.get(0)));
    }
}
