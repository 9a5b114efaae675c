package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
        entityManager.createNativeQuery("""
                        insert into agent_load (tenant_id, agent_id) values (?1, ?2)
                        on conflict (tenant_id, agent_id) do nothing""")
                .setParameter(1, tenant.value()).setParameter(2, agent.value()).executeUpdate();
        return entityManager.createNativeQuery("""
                        update agent_load set active_chats = active_chats + 1, idle_since = now()
                        where tenant_id = ?1 and agent_id = ?2 and active_chats < coalesce(max_chats, ?3)""")
                .setParameter(1, tenant.value()).setParameter(2, agent.value()).setParameter(3, defaultLimit)
                .executeUpdate() == 1;
    }

    @Override
    public void releaseSlot(TenantId tenant, AgentId agent) {
        entityManager.createNativeQuery("""
                        update agent_load set active_chats = active_chats - 1, idle_since = now()
                        where tenant_id = ?1 and agent_id = ?2 and active_chats > 0""")
                .setParameter(1, tenant.value()).setParameter(2, agent.value()).executeUpdate();
    }

    @Override
    public int limitOf(TenantId tenant, AgentId agent, int defaultLimit) {
        List<?> own = entityManager.createNativeQuery(
                        "select max_chats from agent_load where tenant_id = ?1 and agent_id = ?2 and max_chats is not null")
                .setParameter(1, tenant.value()).setParameter(2, agent.value()).getResultList();
        return own.isEmpty() ? defaultLimit : ((Number) own.get(0)).intValue();
    }
}
