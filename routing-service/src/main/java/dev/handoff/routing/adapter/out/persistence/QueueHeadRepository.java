package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.QueueHeadPort;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueuePlace;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;

/** The next waiting conversation of a queue, taken with {@code for update skip locked}. */
@ApplicationScoped
public class QueueHeadRepository implements QueueHeadPort {
    private final EntityManager entityManager;

    public QueueHeadRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<QueueHead> lockNextWaiting(QueueKey queue, QueuePlace after) {
        // Walks the waiting index in serving order; a row another transaction locked (a claim, another
        // replica's placement) is passed, not waited for.
        int next = queue.team() == null ? 2 : 3;
        String afterPlace = after == null
                ? ""
                : " and (priority < ?" + next + " or (priority = ?" + next + " and seq > ?" + (next + 1) + "))";
        Query query = QueueRows.bindQueue(
                Rows.query(
                        entityManager,
                        QueueRows.HOLD_COLUMNS
                                + ", seq from queue_entry where " + QueueRows.sameQueue(queue.team())
                                + " and status = 'WAITING'"
                                + afterPlace + " order by priority desc, seq limit 1 for update skip locked"),
                queue.tenant(),
                queue.team());
        if (after != null) {
            query.setParameter(next, after.priority()).setParameter(next + 1, after.arrival());
        }
        return Rows.first(query)
                .map(row -> new QueueHead(
                        QueueRows.hold(row), new QueuePlace(Rows.integer(row, "priority"), Rows.whole(row, "seq"))));
    }

    @Override
    public List<QueueKey> queuesToServe(TenantId tenant) {
        // The strategy's inheritance (the team's, else the tenant's, else MANUAL) is repeated here so that one
        // query finds the queues worth serving among all waiting conversations.
        List<Tuple> rows =
                Rows.all(Rows.query(entityManager, """
                        select distinct q.tenant_id, q.team from queue_entry q
                        left join routing_settings s on s.tenant_id = q.tenant_id
                        left join team_routing_settings t on t.tenant_id = q.tenant_id and t.team = q.team
                        where q.status = 'WAITING' and (cast(?1 as varchar) is null or q.tenant_id = ?1)
                          and coalesce(t.strategy, s.strategy, 'MANUAL') <> 'MANUAL'""").setParameter(1, tenant == null ? null : tenant.value()));
        return rows.stream()
                .map(row -> new QueueKey(TenantId.of(Rows.text(row, "tenant_id")), Rows.id(row, "team", TeamId::of)))
                .toList();
    }
}
