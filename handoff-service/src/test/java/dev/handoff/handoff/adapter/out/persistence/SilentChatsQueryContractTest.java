package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.FindSilentChatsPortContract;
import dev.handoff.handoff.application.port.out.PersistencePorts;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL conversation adapter's silent chats query keeps the port's contract, rolled back so the service's expiry run never sees its chats. */
@QuarkusTest
@WithTestInfrastructure
class SilentChatsQueryContractTest extends FindSilentChatsPortContract {
    @Inject
    PostgresUnitsOfWork postgres;

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return postgres.rolledBack(work);
    }
}
