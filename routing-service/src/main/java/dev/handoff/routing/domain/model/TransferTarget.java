package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import java.util.Objects;

/** Where a held conversation is handed: to one agent, back to its own queue, or to a team's queue. */
public sealed interface TransferTarget {
    /** Straight to another agent, who then holds it. */
    record ToAgent(AgentId agentId) implements TransferTarget {
        public ToAgent {
            Objects.requireNonNull(agentId, "agentId");
        }
    }

    /** Back to the queue it waited in, for anyone to claim. */
    record ToQueue() implements TransferTarget {}

    /** To a team's queue, for that team's agents to claim. */
    record ToTeam(TeamId team) implements TransferTarget {
        public ToTeam {
            Objects.requireNonNull(team, "team");
        }
    }
}
