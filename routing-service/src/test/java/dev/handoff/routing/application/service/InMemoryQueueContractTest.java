package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.QueuePort;
import dev.handoff.routing.application.port.out.QueuePortContract;
import dev.handoff.routing.application.port.out.RoutingRows;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryQueueContractTest extends QueuePortContract {
    private final InMemoryRoutingRows rows = new InMemoryRoutingRows();
    private final InMemoryQueue queue = new InMemoryQueue(rows.tables);

    @Override
    protected <T> T inTransaction(Function<QueuePort, T> work) {
        return work.apply(queue);
    }

    @Override
    protected RoutingRows given() {
        return rows;
    }
}
