package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.AssignmentCandidatesPort;
import dev.handoff.routing.application.port.out.AssignmentCandidatesPortContract;
import dev.handoff.routing.application.port.out.RoutingRows;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL adapter keeps the port's contract, each call in a transaction of its own. */
@QuarkusTest
@WithTestInfrastructure
class AssignmentCandidatesRepositoryContractTest extends AssignmentCandidatesPortContract {
    @Inject
    AssignmentCandidatesRepository repository;

    @Inject
    PostgresRoutingRows rows;

    @Override
    protected <T> T inTransaction(Function<AssignmentCandidatesPort, T> work) {
        return QuarkusTransaction.requiringNew().call(() -> work.apply(repository));
    }

    @Override
    protected RoutingRows given() {
        return rows;
    }
}
