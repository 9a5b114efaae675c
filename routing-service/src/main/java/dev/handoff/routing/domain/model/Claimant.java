package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An agent asking for conversations: claiming one, answering an offer, or looking at the queue.
 *
 * <p>Which team queues they serve (decision 0005): the teams of their latest presence report when routing has one,
 * else the {@code teams} claim of their token; no team at all means every team; the tenant-wide queue is
 * everyone's; a supervisor of the tenant may take from every queue of it. Presence wins because agent-service
 * publishes it whenever the agent's teams change, while a token keeps the teams it was issued with until it expires.
 *
 * @param teams the agent's teams; empty means the agent serves every team of the tenant
 * @param supervisor whether the caller supervises the tenant
 */
public record Claimant(AgentId agentId, String displayName, TenantId tenantId, Set<TeamId> teams, boolean supervisor) {
    public Claimant {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(tenantId, "tenantId");
        displayName = displayName == null || displayName.isBlank() ? agentId.value() : displayName;
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }

    /** An agent who does not supervise the tenant. */
    public Claimant(AgentId agentId, String displayName, TenantId tenantId, Set<TeamId> teams) {
        this(agentId, displayName, tenantId, teams, false);
    }

    /** This claimant with the teams of their latest presence report, when routing has one for them. */
    public Claimant withTeamsOf(Optional<AgentPresence> presence) {
        return presence.filter(p -> p.agentId().equals(agentId) && p.tenantId().equals(tenantId))
                .map(p -> new Claimant(agentId, displayName, tenantId, p.teams(), supervisor))
                .orElse(this);
    }

    /** Whether this agent may take conversations of the given team queue (null: the tenant-wide queue). */
    public boolean serves(TeamId team) {
        return team == null || supervisor || teams.isEmpty() || teams.contains(team);
    }
}
