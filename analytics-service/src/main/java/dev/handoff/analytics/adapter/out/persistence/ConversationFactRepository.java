package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.analytics.application.port.out.ConversationFactsPort;
import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Conversation facts in PostgreSQL. */
@ApplicationScoped
public class ConversationFactRepository implements ConversationFactsPort {
    private final EntityManager entityManager;

    public ConversationFactRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public ConversationFact lockOrCreate(TenantId tenant, ConversationId conversation) {
        // Both topics' consumers may see a new conversation at once: the insert lets exactly one create the row,
        // and the row lock makes the other wait and then apply its event on top, so no update is lost.
        entityManager.createNativeQuery("insert into conversation_fact(tenant_id, conversation_id) values (?1, ?2)"
                        + " on conflict do nothing")
                .setParameter(1, tenant.value())
                .setParameter(2, conversation.value())
                .executeUpdate();
        ConversationFactEntity row = entityManager.find(ConversationFactEntity.class,
                new ConversationFactEntity.Key(tenant.value(), conversation.value()), LockModeType.PESSIMISTIC_WRITE);
        return toDomain(row);
    }

    @Override
    public void save(ConversationFact fact) {
        ConversationFactEntity row = entityManager.find(ConversationFactEntity.class,
                new ConversationFactEntity.Key(fact.tenantId().value(), fact.conversationId().value()));
        if (row == null) {
            row = new ConversationFactEntity();
            row.tenantId = fact.tenantId().value();
            row.conversationId = fact.conversationId().value();
            entityManager.persist(row);
        }
        row.botId = fact.botId() == null ? null : fact.botId().value();
        row.startedAt = fact.startedAt();
        row.firstSeenAt = fact.firstSeenAt();
        row.requestedAt = fact.requestedAt();
        row.queuedAt = fact.queuedAt();
        row.assignedAt = fact.assignedAt();
        row.agentId = fact.agentId() == null ? null : fact.agentId().value();
        row.completedAt = fact.completedAt();
        row.endedAt = fact.endedAt();
        row.expiredAt = fact.expiredAt();
        row.rating = fact.rating();
    }

    private static ConversationFact toDomain(ConversationFactEntity row) {
        return ConversationFact.restore(TenantId.of(row.tenantId), ConversationId.of(row.conversationId),
                row.botId == null ? null : BotId.of(row.botId), row.firstSeenAt, row.requestedAt, row.queuedAt,
                row.assignedAt, row.agentId == null ? null : AgentId.of(row.agentId), row.completedAt, row.endedAt,
                row.expiredAt, row.rating);
    }
}
