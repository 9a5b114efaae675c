package dev.handoff.notification.application.port.in;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;
import java.util.Set;

/**
 * Who an agent is, from their own verified token.
 *
 * @param email the token's {@code email} claim, or null
 * @param locale the token's {@code locale} claim, or null
 * @param teams the token's {@code teams} claim; empty: every team
 */
public record AgentContactCommand(
        TenantId tenantId,
        AgentId agentId,
        String displayName,
        String email,
        String locale,
        boolean supervisor,
        Set<TeamId> teams) {
    public AgentContactCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(agentId, "agentId");
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }
}
