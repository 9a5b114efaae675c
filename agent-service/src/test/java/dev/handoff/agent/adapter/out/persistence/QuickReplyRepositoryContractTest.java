package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.QuickReplyPort;
import dev.handoff.agent.application.port.out.QuickReplyPortContract;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL adapter keeps the port's contract, each call in a transaction of its own. */
@QuarkusTest
@WithTestInfrastructure
class QuickReplyRepositoryContractTest extends QuickReplyPortContract {
    @Inject
    QuickReplyRepository repository;

    @Override
    protected <T> T inTransaction(Function<QuickReplyPort, T> work) {
        return QuarkusTransaction.requiringNew().call(() -> work.apply(repository));
    }
}
