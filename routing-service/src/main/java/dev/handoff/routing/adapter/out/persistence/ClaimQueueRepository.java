package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.QueueOrderPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return Rows.first(Rows.query(
                                entityManager,
                                QueueRows.HOLD_COLUMNS + " from queue_entry where conversation_id = ?1 for update")
                        .setParameter(1, conversationId.value()))
                .map(QueueRows::hold);
    }

    @Override
    public Instant assign(ConversationId conversationId, AgentId agent, String agentDisplayName, Instant at) {
        List<?> queuedAt = entityManager
                .createNativeQuery("""
                        update queue_entry set status = 'ASSIGNED', assignee = ?2, assigned_at = ?3,
                                               assignee_name = cast(?4 as varchar),
                                               offered_to = null, offer_expires_at = null
                        where conversation_id = ?1 and status in ('WAITING', 'OFFERED')
                        returning enqueued_at""")
                .setParameter(1, conversationId.value())
                .setParameter(2, agent.value())
                .setParameter(3, Timestamp.from(at))
                .setParameter(4, QueueRows.fittedName(agentDisplayName))
                .getResultList();
        if (queuedAt.size() != 1) {
            throw new IllegalStateException(conversationId.value() + " was not waiting although locked");
        }
        return Rows.instant(queuedAt.get(0));
    }

    @Override
    public void end(ConversationId conversationId, Instant at) {
        entityManager
                .createNativeQuery("""
                        update queue_entry set status = 'ENDED', assignee = null, assignee_name = null,
                                               offered_to = null, offer_expires_at = null, ended_at = ?2
                        where conversation_id = ?1""")
                .setParameter(1, conversationId.value())
                .setParameter(2, Timestamp.from(at))
                .executeUpdate();
        // Who turned it down matters only while it can still be offered.
        entityManager
                .createNativeQuery("delete from passed_over where conversation_id = ?1")
                .setParameter(1, conversationId.value())
                .executeUpdate();
    }

    @Override
    public void reassign(ConversationId conversationId, AgentId agent, String agentDisplayName, Instant at) {
        int updated = entityManager
                .createNativeQuery("""
                        update queue_entry set assignee = ?2, assigned_at = ?3, assignee_name = cast(?4 as varchar)
                        where conversation_id = ?1 and status = 'ASSIGNED'""")
                .setParameter(1, conversationId.value())
                .setParameter(2, agent.value())
                .setParameter(3, Timestamp.from(at))
                .setParameter(4, QueueRows.fittedName(agentDisplayName))
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException(conversationId.value() + " was not held although locked");
        }
    }

    @Override
    public void returnToQueue(ConversationId conversationId, TeamId team) {
        // seq and priority stay: the conversation gets back the place it had in serving order.
        int updated = entityManager
                .createNativeQuery("""
                        update queue_entry set status = 'WAITING', assignee = null, assignee_name = null,
                                               assigned_at = null, team = cast(?2 as varchar)
                        where conversation_id = ?1 and status = 'ASSIGNED'""")
                .setParameter(1, conversationId.value())
                .setParameter(2, team == null ? null : team.value())
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException(conversationId.value() + " was not held although locked");
        }
    }

    @Override
    public List<ConversationId> inHandsOf(TenantId tenant, AgentId agent, boolean heldToo) {
        List<?> ids = entityManager
                .createNativeQuery("""
                        select conversation_id from queue_entry
                        where tenant_id = ?1 and ((status = 'OFFERED' and offered_to = ?2)
                                                  or (?3 and status = 'ASSIGNED' and assignee = ?2))
                        order by seq""")
                .setParameter(1, tenant.value())
                .setParameter(2, agent.value())
                .setParameter(3, heldToo)
                .getResultList();
        return ids.stream().map(id -> ConversationId.of((String) id)).toList();
    }

    /** Offered conversations count: to their visitors they are still waiting in line. */
    @Override
    public List<ConversationId> waitingIn(TenantId tenant, TeamId team) {
        List<?> ids = QueueRows.bindQueue(
                        entityManager.createNativeQuery(
                                "select conversation_id from queue_entry where " + QueueRows.sameQueue(team)
                                        + " and status in ('WAITING', 'OFFERED') order by priority desc, seq"),
                        tenant,
                        team)
                .getResultList();
        return ids.stream().map(id -> ConversationId.of((String) id)).toList();
    }

    @Override
    public Map<ConversationId, Instant> arrivalsIn(TenantId tenant, TeamId team) {
        List<Tuple> rows = Rows.all(QueueRows.bindQueue(
                Rows.query(
                        entityManager,
                        "select conversation_id, enqueued_at" + " from queue_entry where " + QueueRows.sameQueue(team)
                                + " and status in ('WAITING', 'OFFERED')"),
                tenant,
                team));
        Map<ConversationId, Instant> arrivals = new HashMap<>();
        for (Tuple row : rows) {
            arrivals.put(ConversationId.of(Rows.text(row, "conversation_id")), Rows.instant(row, "enqueued_at"));
        }
        return arrivals;
    }
}
