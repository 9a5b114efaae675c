package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.PersistencePorts;
import dev.handoff.handoff.application.port.out.VisitorFeedPortContract;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL visitor feed adapter keeps the port's contract. */
@QuarkusTest
@WithTestInfrastructure
class VisitorFeedRepositoryContractTest extends VisitorFeedPortContract {
    @Inject
    PostgresUnitsOfWork postgres;

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return postgres.committed(work);
    }
}
