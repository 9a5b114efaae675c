package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.OverflowPort;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Overflow on {@code queue_entry}: due rows are locked with {@code skip locked}, so replicas sweeping at once split
 * them and a claim holding a row is never waited for. The arrival time and priority stay, so the conversation keeps
 * its place among everyone else's by the usual order.
 */
@ApplicationScoped
public class OverflowRepository implements OverflowPort {
    private final EntityManager entityManager;

    public OverflowRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ConversationId> lockDue(Instant now, int max) {
        List<?> ids = entityManager
                .createNativeQuery("""
                        select e.conversation_id from queue_entry e
                        left join team_routing_settings t on t.tenant_id = e.tenant_id and t.team = e.team
                        left join routing_settings r on r.tenant_id = e.tenant_id
                        where e.status = 'WAITING' and e.team is not null
                          and coalesce(t.overflow_after_seconds, r.team_overflow_seconds, 0) > 0
                          and e.enqueued_at <= cast(?1 as timestamptz)
                              - make_interval(secs => coalesce(t.overflow_after_seconds, r.team_overflow_seconds))
                        order by e.enqueued_at limit ?2 for update of e skip locked""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, max)
                .getResultList();
        return ids.stream().map(id -> ConversationId.of((String) id)).toList();
    }

    @Override
    public void moveToTenantQueue(ConversationId conversationId) {
        entityManager
                .createNativeQuery("""
                        update queue_entry set overflowed_from = team, team = null
                        where conversation_id = ?1 and status = 'WAITING' and team is not null""")
                .setParameter(1, conversationId.value())
                .executeUpdate();
    }
}
