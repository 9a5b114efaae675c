package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.StrategySettingsPort;
import dev.handoff.routing.application.port.out.StrategySettingsPortContract;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL adapter keeps the port's contract, each call in a transaction of its own. */
@QuarkusTest
@WithTestInfrastructure
class StrategySettingsRepositoryContractTest extends StrategySettingsPortContract {
    @Inject
    StrategySettingsRepository repository;

    @Override
    protected <T> T inTransaction(Function<StrategySettingsPort, T> work) {
        return QuarkusTransaction.requiringNew().call(() -> work.apply(repository));
    }
}
