package dev.handoff.agent.application.port.in;

/** Replaces the caller's settings in their tenant; the next messages follow them. */
public interface ChangeAgentSettingsUseCase {
    AgentSettingsView change(ChangeAgentSettingsCommand command);
}
