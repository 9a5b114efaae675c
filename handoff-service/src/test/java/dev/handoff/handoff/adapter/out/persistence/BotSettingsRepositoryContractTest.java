package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.BotSettingsPortsContract;
import dev.handoff.handoff.application.port.out.PersistencePorts;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL bot settings adapter keeps the ports' contract. */
@QuarkusTest
@WithTestInfrastructure
class BotSettingsRepositoryContractTest extends BotSettingsPortsContract {
    @Inject
    PostgresUnitsOfWork postgres;

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return postgres.committed(work);
    }
}
