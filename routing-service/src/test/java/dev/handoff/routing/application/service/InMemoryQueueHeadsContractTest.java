package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.QueueHeadPort;
import dev.handoff.routing.application.port.out.QueueHeadPortContract;
import dev.handoff.routing.application.port.out.RoutingRows;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryQueueHeadsContractTest extends QueueHeadPortContract {
    private final InMemoryRoutingRows rows = new InMemoryRoutingRows();
    private final InMemoryQueueHeads heads = new InMemoryQueueHeads(rows.tables, rows.strategies);

    @Override
    protected <T> T inTransaction(Function<QueueHeadPort, T> work) {
        return work.apply(heads);
    }

    @Override
    protected RoutingRows given() {
        return rows;
    }
}
