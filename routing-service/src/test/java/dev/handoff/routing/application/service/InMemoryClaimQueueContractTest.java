package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.ClaimQueuePortContract;
import dev.handoff.routing.application.port.out.RoutingRows;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryClaimQueueContractTest extends ClaimQueuePortContract {
    private final InMemoryRoutingRows rows = new InMemoryRoutingRows();
    private final InMemoryClaimQueue claimQueue = new InMemoryClaimQueue(rows.tables);

    @Override
    protected <T> T inTransaction(Function<ClaimQueuePort, T> work) {
        return work.apply(claimQueue);
    }

    @Override
    protected RoutingRows given() {
        return rows;
    }
}
