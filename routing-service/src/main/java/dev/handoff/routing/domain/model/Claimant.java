package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;
import java.util.Set;

/**
 * An agent asking for a conversation.
 *
 * @param teams the agent's teams; empty means the agent serves every team of the tenant
 */
public record Claimant(AgentId agentId, String displayName, TenantId tenantId, Set<TeamId> teams) {
    public Claimant {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(tenantId, "tenantId");
        displayName = displayName == null || displayName.isBlank() ? agentId.value() : displayName;
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }

    /** Whether this agent may take conversations of the given team queue (null: the tenant-wide queue). */
    public boolean serves(TeamId team) {
        return team == null || teams.isEmpty() || teams.contains(team);
    }
}
