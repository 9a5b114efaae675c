package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.StrategySettingsPort;
import dev.handoff.routing.application.port.out.StrategySettingsPortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryStrategiesContractTest extends StrategySettingsPortContract {
    private final InMemoryStrategies strategies = new InMemoryStrategies();

    @Override
    protected <T> T inTransaction(Function<StrategySettingsPort, T> work) {
        return work.apply(strategies);
    }
}
