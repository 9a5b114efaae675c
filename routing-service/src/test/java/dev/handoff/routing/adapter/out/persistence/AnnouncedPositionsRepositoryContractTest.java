package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.AnnouncedPositionsPort;
import dev.handoff.routing.application.port.out.AnnouncedPositionsPortContract;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL adapter keeps the port's contract, each call in a transaction of its own. */
@QuarkusTest
@WithTestInfrastructure
class AnnouncedPositionsRepositoryContractTest extends AnnouncedPositionsPortContract {
    @Inject
    AnnouncedPositionsRepository repository;

    @Override
    protected <T> T inTransaction(Function<AnnouncedPositionsPort, T> work) {
        return QuarkusTransaction.requiringNew().call(() -> work.apply(repository));
    }
}
