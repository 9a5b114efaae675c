package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AssignmentCandidatesPort;
import dev.handoff.routing.application.port.out.AssignmentCandidatesPortContract;
import dev.handoff.routing.application.port.out.RoutingRows;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryCandidatesContractTest extends AssignmentCandidatesPortContract {
    private final InMemoryRoutingRows rows = new InMemoryRoutingRows();
    private final InMemoryCandidates candidates = new InMemoryCandidates(rows.presence, rows.tables);

    @Override
    protected <T> T inTransaction(Function<AssignmentCandidatesPort, T> work) {
        return work.apply(candidates);
    }

    @Override
    protected RoutingRows given() {
        return rows;
    }
}
