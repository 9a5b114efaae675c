package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.QueueRulesPort;
import dev.handoff.routing.application.port.out.QueueRulesPortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryQueueRulesContractTest extends QueueRulesPortContract {
    private final InMemoryQueueRules rules = new InMemoryQueueRules();

    @Override
    protected <T> T inTransaction(Function<QueueRulesPort, T> work) {
        return work.apply(rules);
    }
}
