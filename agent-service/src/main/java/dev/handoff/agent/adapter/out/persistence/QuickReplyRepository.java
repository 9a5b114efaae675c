package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.QuickReplyPort;
import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.agent.domain.model.QuickReplyScope;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Quick replies in PostgreSQL; unique indexes per scope back the service's shortcut check. */
@ApplicationScoped
public class QuickReplyRepository implements QuickReplyPort {
    private static final String COLUMNS = "id, tenant_id, scope, owner_id, shortcut, text, created_at, updated_at";

    private final EntityManager em;

    public QuickReplyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void lockTenant(TenantId tenant) {
        // A transaction-scoped advisory lock: no row exists yet to lock when a shortcut is about to be taken.
        em.createNativeQuery("select count(pg_advisory_xact_lock(hashtext('quick_reply:' || ?1)))")
                .setParameter(1, tenant.value())
                .getSingleResult();
    }

    @Override
    public List<QuickReply> visibleTo(TenantId tenant, AgentId agent) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from quick_reply where tenant_id = ?1 "
                        + "and (scope = 'SHARED' or owner_id = ?2) order by shortcut, scope, id")
                .setParameter(1, tenant.value())
                .setParameter(2, agent.value())
                .getResultList();
        return rows.stream().map(QuickReplyRepository::toReply).toList();
    }

    @Override
    public Optional<QuickReply> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from quick_reply where id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(QuickReplyRepository::toReply);
    }

    @Override
    public boolean shortcutTaken(
            TenantId tenant, QuickReplyScope scope, AgentId owner, String shortcut, UUID exceptId) {
        return !em.createNativeQuery("select 1 from quick_reply where tenant_id = ?1 and scope = ?2 "
                        + "and coalesce(owner_id, '') = ?3 and shortcut = ?4 and id <> ?5")
                .setParameter(1, tenant.value())
                .setParameter(2, scope.name())
                .setParameter(3, owner == null ? "" : owner.value())
                .setParameter(4, shortcut)
                .setParameter(5, exceptId == null ? new UUID(0, 0) : exceptId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void save(QuickReply r) {
        em.createNativeQuery("insert into quick_reply (" + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                        + "on conflict (id) do update set shortcut = excluded.shortcut, text = excluded.text, "
                        + "updated_at = excluded.updated_at")
                .setParameter(1, r.id())
                .setParameter(2, r.tenantId().value())
                .setParameter(3, r.scope().name())
                .setParameter(4, r.ownerId() == null ? null : r.ownerId().value())
                .setParameter(5, r.shortcut())
                .setParameter(6, r.text())
                .setParameter(7, r.createdAt())
                .setParameter(8, r.updatedAt())
                .executeUpdate();
    }

    @Override
    public void delete(UUID id) {
        em.createNativeQuery("delete from quick_reply where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    private static QuickReply toReply(Object[] r) {
        String owner = (String) r[3];
        return new QuickReply(
                (UUID) r[0],
                TenantId.of((String) r[1]),
                QuickReplyScope.valueOf((String) r[2]),
                owner == null ? null : AgentId.of(owner),
                (String) r[4],
                (String) r[5],
                SqlValues.instant(r[6]),
                SqlValues.instant(r[7]));
    }
}
