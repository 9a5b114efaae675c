package dev.handoff.notification.adapter.out.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.handoff.notification.application.port.out.AgentContactPort;
import dev.handoff.notification.domain.model.AgentContact;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Agent contacts in PostgreSQL. */
@ApplicationScoped
public class AgentContactRepository implements AgentContactPort {
    @Override
    public AgentContact lockOrStart(TenantId tenant, AgentId agent) {
        // A presence event and the agent's console may both see the agent first: the losing insert does nothing.
        AgentContactEntity.getEntityManager()
                .createNativeQuery("insert into agent_contact (tenant_id, agent_id, display_name) values (?1, ?2, ?2) "
                        + "on conflict (tenant_id, agent_id) do nothing")
                .setParameter(1, tenant.value())
                .setParameter(2, agent.value())
                .executeUpdate();
        AgentContactEntity row = AgentContactEntity.getEntityManager()
                .find(
                        AgentContactEntity.class,
                        new AgentRow.Key(tenant.value(), agent.value()),
                        LockModeType.PESSIMISTIC_WRITE);
        return toDomain(row);
    }

    @Override
    public Optional<AgentContact> find(TenantId tenant, AgentId agent) {
        return AgentContactEntity.<AgentContactEntity>findByIdOptional(new AgentRow.Key(tenant.value(), agent.value()))
                .map(AgentContactRepository::toDomain);
    }

    @Override
    public List<AgentContact> inTenant(TenantId tenant) {
        return AgentContactEntity.<AgentContactEntity>list("tenantId = ?1 order by agentId", tenant.value()).stream()
                .map(AgentContactRepository::toDomain)
                .toList();
    }

    @Override
    public void save(AgentContact contact) {
        AgentContactEntity row = AgentContactEntity.<AgentContactEntity>findByIdOptional(new AgentRow.Key(
                        contact.tenantId().value(), contact.agentId().value()))
                .orElseGet(AgentContactEntity::new);
        row.tenantId = contact.tenantId().value();
        row.agentId = contact.agentId().value();
        row.displayName = contact.displayName();
        row.email = contact.email();
        row.locale = contact.locale();
        row.supervisor = contact.supervisor();
        row.teamsJson = JsonText.write(
                contact.teams().stream().map(TeamId::value).sorted().toList());
        row.presence = contact.presence() == null ? null : contact.presence().name();
        row.presenceAt = contact.presenceAt();
        row.persist();
    }

    private static AgentContact toDomain(AgentContactEntity row) {
        Set<TeamId> teams =
                JsonText.read(row.teamsJson, new TypeReference<List<String>>() {}, List.<String>of()).stream()
                        .map(TeamId::of)
                        .collect(Collectors.toSet());
        return new AgentContact(
                TenantId.of(row.tenantId),
                AgentId.of(row.agentId),
                row.displayName,
                row.email,
                row.locale,
                row.supervisor,
                teams,
                row.presence == null ? null : PresenceStatus.valueOf(row.presence),
                row.presenceAt);
    }
}
