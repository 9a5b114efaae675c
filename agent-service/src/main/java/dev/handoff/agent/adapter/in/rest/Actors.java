package dev.handoff.agent.adapter.in.rest;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.runtime.security.Caller;

/** The caller as the use cases know them: from the verified token only. */
final class Actors {
    static final String SUPERVISOR = "supervisor";

    private Actors() {
    }

    static Actor of(Caller caller) {
        return new Actor(caller.tenant(), caller.agentId(), caller.displayName(), caller.hasRole(SUPERVISOR));
    }
}
