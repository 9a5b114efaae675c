package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.LoadChatForSendPortContract;
import dev.handoff.handoff.application.port.out.PersistencePorts;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The one PostgreSQL query of a visitor's send keeps the port's contract. */
@QuarkusTest
@WithTestInfrastructure
class ChatForSendQueryContractTest extends LoadChatForSendPortContract {
    @Inject
    PostgresUnitsOfWork postgres;

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return postgres.committed(work);
    }
}
