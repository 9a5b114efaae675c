package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentSettingsPort;
import dev.handoff.agent.application.port.out.AgentSettingsPortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryAgentSettingsContractTest extends AgentSettingsPortContract {
    private final InMemoryAgentSettings settings = new InMemoryAgentSettings();

    @Override
    protected <T> T inTransaction(Function<AgentSettingsPort, T> work) {
        return work.apply(settings);
    }
}
