package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.AgentId;
import java.time.Instant;
import java.util.List;

/**
 * A stretch of time an agent was signed in (ONLINE or AWAY), with the teams they served then.
 *
 * @param to null while it lasts
 */
public record AgentSpan(AgentId agentId, Instant from, Instant to, List<String> teams) {
    public AgentSpan {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }
}
