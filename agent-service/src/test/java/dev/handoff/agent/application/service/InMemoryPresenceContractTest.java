package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentPresencePort;
import dev.handoff.agent.application.port.out.AgentPresencePortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryPresenceContractTest extends AgentPresencePortContract {
    private final InMemoryPresence presence = new InMemoryPresence(new InMemoryAgentTables());

    @Override
    protected <T> T inTransaction(Function<AgentPresencePort, T> work) {
        return work.apply(presence);
    }
}
