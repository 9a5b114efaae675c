package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.application.port.out.QueueChangesPortContract;
import dev.handoff.routing.application.port.out.RoutingRows;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL adapter keeps the port's contract, each call in a transaction of its own. */
@QuarkusTest
@WithTestInfrastructure
class QueueChangesRepositoryContractTest extends QueueChangesPortContract {
    @Inject
    QueueChangesRepository repository;

    @Inject
    PostgresRoutingRows rows;

    @Override
    protected <T> T inTransaction(Function<QueueChangesPort, T> work) {
        return QuarkusTransaction.requiringNew().call(() -> work.apply(repository));
    }

    @Override
    protected RoutingRows given() {
        return rows;
    }
}
