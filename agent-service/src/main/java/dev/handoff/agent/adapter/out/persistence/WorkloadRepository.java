package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.in.TenantWorkload;
import dev.handoff.agent.application.port.out.WorkloadPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Agents online and busy from agent_presence, chats held from agent_conversation, per tenant. */
@ApplicationScoped
public class WorkloadRepository implements WorkloadPort {
    private static final String PER_TENANT = """
            with held as (select tenant_id, assignee, count(*) as chats from agent_conversation
                          where state = 'ASSIGNED' and assignee is not null group by tenant_id, assignee),
                 online as (select tenant_id, agent_id from agent_presence where status = 'ONLINE'),
                 tenants as (select tenant_id from held union select tenant_id from online)
            select t.tenant_id,
                   (select count(*) from online o where o.tenant_id = t.tenant_id),
                   (select count(*) from online o join held h on h.tenant_id = o.tenant_id and h.assignee = o.agent_id
                    where o.tenant_id = t.tenant_id),
                   (select coalesce(sum(chats), 0) from held h where h.tenant_id = t.tenant_id)
            from tenants t""";
    private final EntityManager entityManager;

    public WorkloadRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TenantWorkload> perTenant() {
        List<Object[]> rows = entityManager.createNativeQuery(PER_TENANT).getResultList();
        return rows.stream()
                .map(r -> new TenantWorkload(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue()))
                .toList();
    }
}
