package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.PersistencePorts;
import dev.handoff.handoff.application.port.out.RecordDeliveryPortContract;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL delivery mark keeps the port's contract. */
@QuarkusTest
@WithTestInfrastructure
class DeliveryMarkContractTest extends RecordDeliveryPortContract {
    @Inject
    PostgresUnitsOfWork postgres;

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return postgres.committed(work);
    }
}
