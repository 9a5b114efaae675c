package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;

/** The caller's own settings in their tenant (defaults when never saved), and whether translation works. */
public interface ViewAgentSettingsUseCase {
    AgentSettingsView view(Actor actor);
}
