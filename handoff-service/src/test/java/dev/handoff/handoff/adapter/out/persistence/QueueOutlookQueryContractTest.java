package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.PersistencePorts;
import dev.handoff.handoff.application.port.out.QueueOutlookPortContract;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL queue outlook query keeps the port's contract. */
@QuarkusTest
@WithTestInfrastructure
class QueueOutlookQueryContractTest extends QueueOutlookPortContract {
    @Inject
    PostgresUnitsOfWork postgres;

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return postgres.committed(work);
    }
}
