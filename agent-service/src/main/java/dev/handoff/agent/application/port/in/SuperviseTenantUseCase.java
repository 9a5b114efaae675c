package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import java.util.List;

/** A supervisor's overview of their tenant: agents with presence and load, active chats, and teams. */
public interface SuperviseTenantUseCase {
    SupervisionOverview overview(Actor supervisor);

    /** Teams by name, each with its members, then the agents who serve every team (team null). */
    List<TeamMembers> teams(Actor supervisor);
}
