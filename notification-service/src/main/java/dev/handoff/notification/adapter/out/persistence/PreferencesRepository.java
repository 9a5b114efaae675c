package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.notification.application.port.out.PreferencesPort;
import dev.handoff.notification.domain.model.AgentPreferences;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Agents' preferences in PostgreSQL. */
@ApplicationScoped
public class PreferencesRepository implements PreferencesPort {
    @Override
    public Optional<AgentPreferences> find(TenantId tenant, AgentId agent) {
        return AgentPreferenceEntity.<AgentPreferenceEntity>findByIdOptional(
                        new AgentRow.Key(tenant.value(), agent.value()))
                .map(PreferencesRepository::toDomain);
    }

    @Override
    public Map<AgentId, AgentPreferences> inTenant(TenantId tenant) {
        return AgentPreferenceEntity.<AgentPreferenceEntity>list("tenantId", tenant.value()).stream()
                .map(PreferencesRepository::toDomain)
                .collect(Collectors.toMap(AgentPreferences::agentId, Function.identity()));
    }

    @Override
    public void save(AgentPreferences p) {
        AgentPreferenceEntity row = AgentPreferenceEntity.<AgentPreferenceEntity>findByIdOptional(
                        new AgentRow.Key(p.tenantId().value(), p.agentId().value()))
                .orElseGet(AgentPreferenceEntity::new);
        row.tenantId = p.tenantId().value();
        row.agentId = p.agentId().value();
        row.emailNewRequest = p.emailNewRequest();
        row.emailStillWaiting = p.emailStillWaiting();
        row.emailVisitorMessage = p.emailVisitorMessage();
        row.desktopNewRequest = p.desktopNewRequest();
        row.desktopVisitorMessage = p.desktopVisitorMessage();
        row.sound = p.sound();
        row.mailLanguage = p.mailLanguage();
        row.updatedAt = Instant.now();
        row.persist();
    }

    private static AgentPreferences toDomain(AgentPreferenceEntity row) {
        return new AgentPreferences(
                TenantId.of(row.tenantId),
                AgentId.of(row.agentId),
                row.emailNewRequest,
                row.emailStillWaiting,
                row.emailVisitorMessage,
                row.desktopNewRequest,
                row.desktopVisitorMessage,
                row.sound,
                row.mailLanguage);
    }
}
