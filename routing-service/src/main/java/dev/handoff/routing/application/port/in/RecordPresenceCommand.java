package dev.handoff.routing.application.port.in;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** What agent-service reported about an agent, made at {@code occurredAt}. */
public record RecordPresenceCommand(
        TenantId tenantId,
        AgentId agentId,
        String displayName,
        PresenceStatus status,
        Set<TeamId> teams,
        Instant occurredAt) {
    public RecordPresenceCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }
}
