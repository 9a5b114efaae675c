package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.application.port.out.QueueChangesPortContract;
import dev.handoff.routing.application.port.out.RoutingRows;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryQueueChangesContractTest extends QueueChangesPortContract {
    private final InMemoryRoutingRows rows = new InMemoryRoutingRows();
    private final InMemoryQueueChanges changes =
            new InMemoryQueueChanges(rows.tables, new InMemoryAnnouncedPositions());

    @Override
    protected <T> T inTransaction(Function<QueueChangesPort, T> work) {
        return work.apply(changes);
    }

    @Override
    protected RoutingRows given() {
        return rows;
    }
}
