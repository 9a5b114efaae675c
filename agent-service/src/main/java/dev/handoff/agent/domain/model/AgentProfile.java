package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;
import java.util.Set;

/**
 * Who an agent is, as their token said when they asked for a session ticket.
 *
 * @param roles the token's roles, kept with the ticket so a socket knows what its holder may do
 * @param teams the team queues the agent serves; empty means every team of the tenant
 */
public record AgentProfile(
        TenantId tenantId, AgentId agentId, String displayName, Set<String> roles, Set<TeamId> teams) {
    /** Longer names (a token can carry anything) are cut, so they fit wherever a name is shown or stored. */
    public static final int MAX_DISPLAY_NAME = 200;
    /** The role that sees the whole tenant, whatever teams its token names. */
    public static final String SUPERVISOR = "supervisor";

    public AgentProfile {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(agentId, "agentId");
        displayName = displayName == null || displayName.isBlank() ? agentId.value() : displayName.strip();
        displayName =
                displayName.length() > MAX_DISPLAY_NAME ? displayName.substring(0, MAX_DISPLAY_NAME) : displayName;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }

    /** Whether this agent is shown requests of the given team queue (null: the tenant-wide queue). */
    public boolean serves(TeamId team) {
        return team == null || servesEveryTeam() || teams.contains(team);
    }

    /** A token without teams serves every team of its tenant (decision 0005); a supervisor sees them all. */
    public boolean servesEveryTeam() {
        return teams.isEmpty() || roles.contains(SUPERVISOR);
    }
}
