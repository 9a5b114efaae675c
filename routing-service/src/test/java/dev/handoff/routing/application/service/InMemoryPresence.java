package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AgentPresencePort;
import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The presence snapshot in a map, for use-case tests. */
final class InMemoryPresence implements AgentPresencePort {
    final Map<String, AgentPresence> snapshot = new HashMap<>();

    void known(TenantId tenant, String agent, PresenceStatus status, TeamId... teams) {
        save(AgentPresence.firstReport(
                tenant,
                AgentId.of(agent),
                agent.toUpperCase(),
                status,
                Set.of(teams),
                Instant.parse("2026-11-23T09:00:00Z")));
    }

    AgentPresence of(TenantId tenant, String agent) {
        return snapshot.get(tenant.value() + "/" + agent);
    }

    @Override
    public Optional<AgentPresence> lock(TenantId tenant, AgentId agent) {
        return find(tenant, agent);
    }

    @Override
    public Optional<AgentPresence> find(TenantId tenant, AgentId agent) {
        return Optional.ofNullable(of(tenant, agent.value()));
    }

    @Override
    public void save(AgentPresence presence) {
        // As the table's upsert: only ever forward in time.
        snapshot.merge(
                presence.tenantId().value() + "/" + presence.agentId().value(),
                presence,
                (stored, report) -> report.changedAt().isAfter(stored.changedAt()) ? report : stored);
    }
}
