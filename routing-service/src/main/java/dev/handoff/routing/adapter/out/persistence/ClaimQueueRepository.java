package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.QueueOrderPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Row-locked holds on queue entries; the lock, not the application, serialises claims. */
@ApplicationScoped
public class ClaimQueueRepository implements ClaimQueuePort, QueueOrderPort {
    private final EntityManager entityManager;

    public ClaimQueueRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<ConversationHold> lockHold(ConversationId conversationId) {
        List<?> rows = entityManager.createNativeQuery("""
                        select conversation_id, tenant_id, team, priority, status, assignee
                        from queue_entry where conversation_id = ?1 for update""")
                .setParameter(1, conversationId.value())
                .getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> new ConversationHold(
                ConversationId.of((String) row[0]), TenantId.of((String) row[1]),
                row[2] == null ? null : TeamId.of((String) row[2]), ((Number) row[3]).intValue(),
                QueueStatus.valueOf((String) row[4]), row[5] == null ? null : AgentId.of((String) row[5])));
    }

    @Override
    public void assign(ConversationId conversationId, AgentId agent, Instant at) {
        int updated = entityManager.createNativeQuery("""
                        update queue_entry set status = 'ASSIGNED', assignee = ?2, assigned_at = ?3
                        where conversation_id = ?1 and status = 'WAITING'""")
                .setParameter(1, conversationId.value())
                .setParameter(2, agent.value())
                .setParameter(3, Timestamp.from(at))
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException(conversationId.value() + " was not waiting although locked");
        }
    }

    @Override
    public void end(ConversationId conversationId, Instant at) {
        entityManager.createNativeQuery("""
                        update queue_entry set status = 'ENDED', assignee = null, ended_at = ?2
                        where conversation_id = ?1""")
                .setParameter(1, conversationId.value())
                .setParameter(2, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public void reassign(ConversationId conversationId, AgentId agent, Instant at) {
        int updated = entityManager.createNativeQuery("""
                        update queue_entry set assignee = ?2, assigned_at = ?3
                        where conversation_id = ?1 and status = 'ASSIGNED'""")
                .setParameter(1, conversationId.value())
                .setParameter(2, agent.value())
                .setParameter(3, Timestamp.from(at))
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException(conversationId.value() + " was not held although locked");
        }
    }

    @Override
    public void returnToQueue(ConversationId conversationId, TeamId team) {
        // seq and priority stay: the conversation gets back the place it had in serving order.
        int updated = entityManager.createNativeQuery("""
                        update queue_entry set status = 'WAITING', assignee = null, assigned_at = null,
                                               team = cast(?2 as varchar)
                        where conversation_id = ?1 and status = 'ASSIGNED'""")
                .setParameter(1, conversationId.value())
                .setParameter(2, team == null ? null : team.value())
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException(conversationId.value() + " was not held although locked");
        }
    }

    @Override
    public List<ConversationId> heldBy(TenantId tenant, AgentId agent) {
        List<?> ids = entityManager.createNativeQuery("""
                        select conversation_id from queue_entry
                        where tenant_id = ?1 and assignee = ?2 and status = 'ASSIGNED' order by seq""")
                .setParameter(1, tenant.value())
                .setParameter(2, agent.value())
                .getResultList();
        return ids.stream().map(id -> ConversationId.of((String) id)).toList();
    }

    @Override
    public List<ConversationId> waitingIn(TenantId tenant, TeamId team) {
        List<?> ids = entityManager.createNativeQuery("""
                        select conversation_id from queue_entry
                        where tenant_id = ?1 and team is not distinct from ?2 and status = 'WAITING'
                        order by priority desc, seq""")
                .setParameter(1, tenant.value())
                .setParameter(2, team == null ? null : team.value())
                .getResultList();
        return ids.stream().map(id -> ConversationId.of((String) id)).toList();
    }
}
