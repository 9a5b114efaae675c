package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.CapacitySettingsPort;
import dev.handoff.routing.application.port.out.RoutingPolicyPort;
import dev.handoff.routing.application.port.out.UnavailableAgentPolicyPort;
import dev.handoff.routing.domain.model.CapacitySettings.AgentCapacity;
import dev.handoff.routing.domain.model.OnAgentUnavailable;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tenants' routing rules in PostgreSQL, falling back to the deployment's configured defaults. */
@ApplicationScoped
public class RoutingSettingsRepository implements RoutingPolicyPort, CapacitySettingsPort, UnavailableAgentPolicyPort {
    private final EntityManager entityManager;
    private final int configuredMaxChats;

    public RoutingSettingsRepository(
            EntityManager entityManager,
            @ConfigProperty(name = "routing.default-max-chats-per-agent") int configuredMaxChats) {
        this.entityManager = entityManager;
        this.configuredMaxChats = configuredMaxChats;
    }

    @Override
    public int defaultMaxChatsPerAgent(TenantId tenant) {
        List<?> stored = entityManager
                .createNativeQuery("select default_max_chats from routing_settings where tenant_id = ?1")
                .setParameter(1, tenant.value())
                .getResultList();
        // The column is null for a tenant that only set other rules.
        return stored.isEmpty() || stored.get(0) == null ? configuredMaxChats : ((Number) stored.get(0)).intValue();
    }

    @Override
    public OnAgentUnavailable onAgentUnavailable(TenantId tenant) {
        List<?> stored = entityManager
                .createNativeQuery("select on_agent_unavailable from routing_settings where tenant_id = ?1")
                .setParameter(1, tenant.value())
                .getResultList();
        return stored.isEmpty() || stored.get(0) == null
                ? OnAgentUnavailable.KEEP
                : OnAgentUnavailable.valueOf((String) stored.get(0));
    }

    @Override
    public void saveOnAgentUnavailable(TenantId tenant, OnAgentUnavailable rule) {
        entityManager
                .createNativeQuery("""
                        insert into routing_settings (tenant_id, on_agent_unavailable) values (?1, ?2)
                        on conflict (tenant_id) do update set on_agent_unavailable = excluded.on_agent_unavailable""")
                .setParameter(1, tenant.value())
                .setParameter(2, rule.name())
                .executeUpdate();
    }

    @Override
    public void saveDefaultMaxChats(TenantId tenant, int maxChats) {
        entityManager
                .createNativeQuery("""
                        insert into routing_settings (tenant_id, default_max_chats) values (?1, ?2)
                        on conflict (tenant_id) do update set default_max_chats = excluded.default_max_chats""")
                .setParameter(1, tenant.value())
                .setParameter(2, maxChats)
                .executeUpdate();
    }

    @Override
    public void saveAgentMaxChats(TenantId tenant, AgentId agent, Integer maxChats) {
        entityManager
                .createNativeQuery("""
                        insert into agent_load (tenant_id, agent_id, max_chats) values (?1, ?2, cast(?3 as integer))
                        on conflict (tenant_id, agent_id) do update set max_chats = excluded.max_chats""")
                .setParameter(1, tenant.value())
                .setParameter(2, agent.value())
                .setParameter(3, maxChats)
                .executeUpdate();
    }

    @Override
    public Map<AgentId, AgentCapacity> agents(TenantId tenant) {
        List<Tuple> rows = Rows.all(Rows.query(
                        entityManager,
                        "select agent_id, max_chats, active_chats from agent_load where tenant_id = ?1 order by agent_id")
                .setParameter(1, tenant.value()));
        Map<AgentId, AgentCapacity> agents = new LinkedHashMap<>();
        for (Tuple row : rows) {
            agents.put(
                    AgentId.of(Rows.text(row, "agent_id")),
                    new AgentCapacity(Rows.integerOrNull(row, "max_chats"), Rows.integer(row, "active_chats")));
        }
        return agents;
    }
}
