package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.SupervisionChangesPort;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A PostgreSQL notification naming the tenant: delivered to every listening replica only if the transaction commits,
 * and at most once per tenant and transaction (PostgreSQL folds identical notifications), so it takes no row locks
 * and cannot deadlock with the presence and chat transactions that send it.
 */
@ApplicationScoped
public class PostgresSupervisionChanges implements SupervisionChangesPort {
    private final EntityManager em;
    private final String channel;

    public PostgresSupervisionChanges(
            EntityManager em,
            @ConfigProperty(name = "agent.supervision.channel", defaultValue = "agent_supervision") String channel) {
        this.em = em;
        this.channel = channel;
    }

    @Override
    public void announce(TenantId tenant) {
        em.createNativeQuery("select pg_notify(?1, ?2)")
                .setParameter(1, channel)
                .setParameter(2, tenant.value())
                .getSingleResult();
    }
}
