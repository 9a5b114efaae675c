package dev.handoff.notification.application.port.in;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** An agent's presence as agent-service announced it at {@code at}. */
public record PresenceCommand(
        TenantId tenantId, AgentId agentId, String displayName, PresenceStatus status, Set<TeamId> teams, Instant at) {
    public PresenceCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }
}
