package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.AgentNoticePort;
import dev.handoff.agent.application.port.out.AgentNoticePortContract;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL adapter keeps the port's contract, each call in a transaction of its own. */
@QuarkusTest
@WithTestInfrastructure
class AgentNoticeRepositoryContractTest extends AgentNoticePortContract {
    @Inject
    AgentNoticeRepository repository;

    @Inject
    AgentPresenceRepository presence;

    @Override
    protected <T> T inTransaction(Function<AgentNoticePort, T> work) {
        return QuarkusTransaction.requiringNew().call(() -> work.apply(repository));
    }

    @Override
    protected void presenceStarted(AgentProfile agent) {
        QuarkusTransaction.requiringNew().run(() -> presence.lockOrStart(agent));
    }
}
