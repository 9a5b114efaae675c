package dev.handoff.agent.application.port.in;

import dev.handoff.shared.id.TeamId;
import java.util.List;

/**
 * A team and the agents in it.
 *
 * @param team null for the agents whose token names no team: they serve every team
 */
public record TeamMembers(TeamId team, List<AgentAtWork> members) {
    public TeamMembers {
        members = List.copyOf(members);
    }
}
