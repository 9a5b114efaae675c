package dev.handoff.notification.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to reach an agent and whether they are at the console. The address, name, language and role come from the
 * agent's own token when their console asks for their preferences; the presence from agent-service's events.
 *
 * @param email from the token's {@code email} claim, or null when it had none (then the agent is never mailed)
 * @param locale the token's {@code locale} claim, or null
 * @param teams the team queues the agent serves; empty: every team
 * @param presence null until a presence event was seen
 * @param presenceAt when the presence event happened, to ignore older ones arriving late
 */
public record AgentContact(
        TenantId tenantId,
        AgentId agentId,
        String displayName,
        String email,
        String locale,
        boolean supervisor,
        Set<TeamId> teams,
        PresenceStatus presence,
        Instant presenceAt) {
    public AgentContact {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(agentId, "agentId");
        displayName = displayName == null || displayName.isBlank() ? agentId.value() : Text.shorten(displayName, 200);
        email = email == null || !Recipients.isValidEmail(email.strip()) ? null : email.strip();
        locale = locale == null || locale.isBlank() || locale.length() > 35 ? null : locale.strip();
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }

    /** What the agent's token says now, keeping the presence. */
    public AgentContact withToken(
            String name, String tokenEmail, String tokenLocale, boolean isSupervisor, Set<TeamId> tokenTeams) {
        return new AgentContact(
                tenantId, agentId, name, tokenEmail, tokenLocale, isSupervisor, tokenTeams, presence, presenceAt);
    }

    /** A presence report; one older than what is known changes nothing. */
    public AgentContact withPresence(PresenceStatus status, Set<TeamId> presenceTeams, Instant at) {
        if (presenceAt != null && at.isBefore(presenceAt)) {
            return this;
        }
        return new AgentContact(tenantId, agentId, displayName, email, locale, supervisor, presenceTeams, status, at);
    }

    /** Whether the agent may take requests of {@code team} (null: the tenant-wide queue), as routing decides claims. */
    public boolean mayTake(TeamId team) {
        return team == null || supervisor || teams.isEmpty() || teams.contains(team);
    }

    /**
     * Whether the agent has an open console session they attend to: ONLINE. AWAY (chosen, or set by the console
     * after the tenant's idle time) and OFFLINE (no console open) are not, and neither is an agent never seen.
     */
    public boolean atConsole() {
        return presence == PresenceStatus.ONLINE;
    }

    public Optional<String> address() {
        return Optional.ofNullable(email);
    }
}
