package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.OfferPort;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Offers on the conversations' own rows (a check ties them to status OFFERED), and who turned which down. */
@ApplicationScoped
public class OfferRepository implements OfferPort {
    private final EntityManager entityManager;

    public OfferRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void offer(ConversationId conversationId, AgentId agent, Instant expiresAt) {
        int updated = entityManager
                .createNativeQuery("""
                        update queue_entry set status = 'OFFERED', offered_to = ?2, offer_expires_at = ?3
                        where conversation_id = ?1 and status = 'WAITING'""")
                .setParameter(1, conversationId.value())
                .setParameter(2, agent.value())
                .setParameter(3, Timestamp.from(expiresAt))
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException(conversationId.value() + " was not waiting although locked");
        }
    }

    @Override
    public void withdraw(ConversationId conversationId) {
        int updated = entityManager
                .createNativeQuery("""
                        update queue_entry set status = 'WAITING', offered_to = null, offer_expires_at = null
                        where conversation_id = ?1 and status = 'OFFERED'""")
                .setParameter(1, conversationId.value())
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException(conversationId.value() + " was not offered although locked");
        }
    }

    @Override
    public List<ConversationId> lockExpired(Instant now, int max) {
        List<?> ids = entityManager
                .createNativeQuery("""
                        select conversation_id from queue_entry
                        where status = 'OFFERED' and offer_expires_at <= ?1
                        order by offer_expires_at limit ?2 for update skip locked""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, max)
                .getResultList();
        return ids.stream().map(id -> ConversationId.of((String) id)).toList();
    }

    @Override
    public void passOver(ConversationId conversationId, AgentId agent, PassOverReason reason, Instant at) {
        entityManager
                .createNativeQuery("""
                        insert into passed_over (conversation_id, agent_id, reason, passed_at) values (?1, ?2, ?3, ?4)
                        on conflict (conversation_id, agent_id) do update
                            set reason = excluded.reason, passed_at = excluded.passed_at""")
                .setParameter(1, conversationId.value())
                .setParameter(2, agent.value())
                .setParameter(3, reason.name())
                .setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public boolean timedOut(ConversationId conversationId, AgentId agent) {
        return !entityManager
                .createNativeQuery("""
                        select 1 from passed_over where conversation_id = ?1 and agent_id = ?2 and reason = 'TIMED_OUT'""")
                .setParameter(1, conversationId.value())
                .setParameter(2, agent.value())
                .getResultList()
                .isEmpty();
    }
}
