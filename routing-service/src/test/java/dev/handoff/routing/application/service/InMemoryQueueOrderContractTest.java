package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.QueueOrderPort;
import dev.handoff.routing.application.port.out.QueueOrderPortContract;
import dev.handoff.routing.application.port.out.RoutingRows;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryQueueOrderContractTest extends QueueOrderPortContract {
    private final InMemoryRoutingRows rows = new InMemoryRoutingRows();
    private final InMemoryQueueOrder order = new InMemoryQueueOrder(rows.tables);

    @Override
    protected <T> T inTransaction(Function<QueueOrderPort, T> work) {
        return work.apply(order);
    }

    @Override
    protected RoutingRows given() {
        return rows;
    }
}
