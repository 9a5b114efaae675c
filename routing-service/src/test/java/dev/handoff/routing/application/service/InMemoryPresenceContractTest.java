package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AgentPresencePort;
import dev.handoff.routing.application.port.out.AgentPresencePortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryPresenceContractTest extends AgentPresencePortContract {
    private final InMemoryPresence presence = new InMemoryPresence();

    @Override
    protected <T> T inTransaction(Function<AgentPresencePort, T> work) {
        return work.apply(presence);
    }
}
