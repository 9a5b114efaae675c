package dev.handoff.agent.adapter.in.rest;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.Identifier;
import dev.handoff.shared.id.TeamId;
import java.util.Set;
import java.util.stream.Collectors;

/** The caller as the use cases know them: from the verified token only. */
final class Actors {
    static final String SUPERVISOR = AgentProfile.SUPERVISOR;

    private Actors() {}

    static Actor of(Caller caller) {
        return new Actor(caller.tenant(), caller.agentId(), caller.displayName(), caller.hasRole(SUPERVISOR));
    }

    /** The caller with their roles and teams, which decide the team queues they see (invalid team ids are dropped). */
    static AgentProfile profile(Caller caller, Set<String> roles) {
        return new AgentProfile(
                caller.tenant(),
                caller.agentId(),
                caller.displayName(),
                roles,
                caller.teams().stream()
                        .filter(Identifier::isValid)
                        .map(TeamId::of)
                        .collect(Collectors.toSet()));
    }
}
