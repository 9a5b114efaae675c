package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.AgentSettingsPort;
import dev.handoff.agent.domain.model.AgentSettings;
import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Agent settings in PostgreSQL; saving is one upsert, so two tabs saving at once leave the later one. */
@ApplicationScoped
public class AgentSettingsRepository implements AgentSettingsPort {
    private final EntityManager em;

    public AgentSettingsRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AgentSettings> find(TenantId tenant, AgentId agent) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select preferred_language, updated_at from agent_settings "
                        + "where tenant_id = ?1 and agent_id = ?2")
                .setParameter(1, tenant.value())
                .setParameter(2, agent.value())
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new AgentSettings(
                        tenant,
                        agent,
                        // Stored tags were validated when saved; one that no longer parses is treated as unset.
                        LanguageTag.lenient((String) r[0]).orElse(null),
                        SqlValues.instant(r[1])));
    }

    @Override
    public void save(AgentSettings s) {
        Objects.requireNonNull(s.updatedAt(), "saved settings carry their time");
        em.createNativeQuery("insert into agent_settings (tenant_id, agent_id, preferred_language, updated_at) "
                        + "values (?1, ?2, ?3, ?4) on conflict (tenant_id, agent_id) do update set "
                        + "preferred_language = excluded.preferred_language, updated_at = excluded.updated_at")
                .setParameter(1, s.tenantId().value())
                .setParameter(2, s.agentId().value())
                .setParameter(3, s.language().map(LanguageTag::value).orElse(null))
                .setParameter(4, s.updatedAt())
                .executeUpdate();
    }
}
