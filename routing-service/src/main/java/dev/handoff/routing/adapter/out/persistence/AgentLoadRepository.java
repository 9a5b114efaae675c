package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Agents' chat counts; one conditional UPDATE decides capacity, so concurrent claims cannot overshoot. Taking or
 * giving back a slot restarts the agent's idle time, by the database clock that every replica shares.
 */
@ApplicationScoped
public class AgentLoadRepository implements AgentLoadPort {
    private final EntityManager entityManager;

    public AgentLoadRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean tryTakeSlot(TenantId tenant, AgentId agent, int defaultLimit) {
        entityManager
                .createNativeQuery("""
                        insert into agent_load (tenant_id, agent_id) values (?1, ?2)
                        on conflict (tenant_id, agent_id) do nothing""")
                .setParameter(1, tenant.value())
                .setParameter(2, agent.value())
                .executeUpdate();
        return entityManager
                        .createNativeQuery("""
                        update agent_load set active_chats = active_chats + 1, idle_since = now(), missed_offers = 0
                        where tenant_id = ?1 and agent_id = ?2 and active_chats < coalesce(max_chats, ?3)""")
                        .setParameter(1, tenant.value())
                        .setParameter(2, agent.value())
                        .setParameter(3, defaultLimit)
                        .executeUpdate()
                == 1;
    }

    @Override
    public void releaseSlot(TenantId tenant, AgentId agent) {
        entityManager
                .createNativeQuery("""
                        update agent_load set active_chats = active_chats - 1, idle_since = now()
                        where tenant_id = ?1 and agent_id = ?2 and active_chats > 0""")
                .setParameter(1, tenant.value())
                .setParameter(2, agent.value())
                .executeUpdate();
    }

    @Override
    public int recordMissedOffer(TenantId tenant, AgentId agent) {
        return ((Number) entityManager
                        .createNativeQuery("""
                        insert into agent_load (tenant_id, agent_id, missed_offers) values (?1, ?2, 1)
                        on conflict (tenant_id, agent_id) do update set missed_offers = agent_load.missed_offers + 1
                        returning missed_offers""")
                        .setParameter(1, tenant.value())
                        .setParameter(2, agent.value())
                        .getSingleResult())
                .intValue();
    }

    @Override
    public void resetMissedOffers(TenantId tenant, AgentId agent) {
        entityManager
                .createNativeQuery(
                        "update agent_load set missed_offers = 0 where tenant_id = ?1 and agent_id = ?2 and missed_offers > 0")
                .setParameter(1, tenant.value())
                .setParameter(2, agent.value())
                .executeUpdate();
    }

    @Override
    public void requestAway(TenantId tenant, AgentId agent, Instant at) {
        entityManager
                .createNativeQuery(
                        "update agent_load set missed_offers = 0, away_requested_at = ?3 where tenant_id = ?1 and agent_id = ?2")
                .setParameter(1, tenant.value())
                .setParameter(2, agent.value())
                .setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public int limitOf(TenantId tenant, AgentId agent, int defaultLimit) {
        List<?> own = entityManager
                .createNativeQuery(
                        "select max_chats from agent_load where tenant_id = ?1 and agent_id = ?2 and max_chats is not null")
                .setParameter(1, tenant.value())
                .setParameter(2, agent.value())
                .getResultList();
        return own.isEmpty() ? defaultLimit : ((Number) own.get(0)).intValue();
    }
}
