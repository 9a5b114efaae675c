package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.AssignmentHistoryPort;
import dev.handoff.routing.domain.model.QueueKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Assignments per queue in {@code queue_assignment}: inserted by assignments, read newest first by estimates. */
@ApplicationScoped
public class AssignmentHistoryRepository implements AssignmentHistoryPort {
    private final EntityManager entityManager;

    public AssignmentHistoryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void recordAssignment(QueueKey queue, Instant at) {
        entityManager
                .createNativeQuery("insert into queue_assignment (tenant_id, team, assigned_at) values (?1, ?2, ?3)")
                .setParameter(1, queue.tenant().value())
                .setParameter(2, QueueRows.teamKey(queue.team()))
                .setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public List<Instant> recentAssignments(QueueKey queue, Instant since, int max) {
        List<?> rows = entityManager
                .createNativeQuery("""
                        select assigned_at from queue_assignment
                        where tenant_id = ?1 and team = ?2 and assigned_at >= ?3
                        order by assigned_at desc limit ?4""")
                .setParameter(1, queue.tenant().value())
                .setParameter(2, QueueRows.teamKey(queue.team()))
                .setParameter(3, Timestamp.from(since))
                .setParameter(4, max)
                .getResultList();
        return rows.stream().map(Rows::instant).toList();
    }

    @Override
    public void forget(QueueKey queue, Instant before, int keep) {
        // Older than the window, or older than the keep-th newest (greatest() ignores the null of a short history).
        entityManager
                .createNativeQuery("""
                        delete from queue_assignment
                        where tenant_id = ?1 and team = ?2
                          and assigned_at < greatest(cast(?3 as timestamptz),
                              (select assigned_at from queue_assignment
                               where tenant_id = ?1 and team = ?2 order by assigned_at desc offset ?4 limit 1))""")
                .setParameter(1, queue.tenant().value())
                .setParameter(2, QueueRows.teamKey(queue.team()))
                .setParameter(3, Timestamp.from(before))
                .setParameter(4, Math.max(0, keep - 1))
                .executeUpdate();
    }
}
