package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.ConversationPortsContract;
import dev.handoff.handoff.application.port.out.PersistencePorts;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL conversation adapter keeps the ports' contract. */
@QuarkusTest
@WithTestInfrastructure
class ConversationRepositoryContractTest extends ConversationPortsContract {
    @Inject
    PostgresUnitsOfWork postgres;

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return postgres.committed(work);
    }
}
