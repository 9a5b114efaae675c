package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.AgentPresencePort;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;

/** Each agent's newest presence report in {@code agent_presence}: one upsert that keeps the newer of two. */
@ApplicationScoped
public class AgentPresenceRepository implements AgentPresencePort {
    private final EntityManager em;

    public AgentPresenceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(PresenceChanged report) {
        em.createNativeQuery(
                        "insert into agent_presence (tenant_id, agent_id, status, occurred_at) values (?1, ?2, ?3, ?4) "
                                + "on conflict (tenant_id, agent_id) do update set status = excluded.status, "
                                + "occurred_at = excluded.occurred_at where agent_presence.occurred_at < excluded.occurred_at")
                .setParameter(1, report.tenantId().value())
                .setParameter(2, report.agentId().value())
                .setParameter(3, report.status().name())
                .setParameter(4, Timestamp.from(report.occurredAt()))
                .executeUpdate();
    }

    @Override
    public boolean anyoneOnline(TenantId tenant) {
        return !em.createNativeQuery("select 1 from agent_presence where tenant_id = ?1 and status = 'ONLINE' limit 1")
                .setParameter(1, tenant.value())
                .getResultList()
                .isEmpty();
    }
}
