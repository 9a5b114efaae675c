package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.AgentPresencePort;
import dev.handoff.agent.application.port.out.AgentPresencePortContract;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL adapter keeps the port's contract, each call in a transaction of its own. */
@QuarkusTest
@WithTestInfrastructure
class AgentPresenceRepositoryContractTest extends AgentPresencePortContract {
    @Inject
    AgentPresenceRepository repository;

    @Override
    protected <T> T inTransaction(Function<AgentPresencePort, T> work) {
        return QuarkusTransaction.requiringNew().call(() -> work.apply(repository));
    }
}
