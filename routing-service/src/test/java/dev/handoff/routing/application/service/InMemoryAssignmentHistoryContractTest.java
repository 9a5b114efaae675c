package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AssignmentHistoryPort;
import dev.handoff.routing.application.port.out.AssignmentHistoryPortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryAssignmentHistoryContractTest extends AssignmentHistoryPortContract {
    private final InMemoryAssignmentHistory history = new InMemoryAssignmentHistory();

    @Override
    protected <T> T inTransaction(Function<AssignmentHistoryPort, T> work) {
        return work.apply(history);
    }
}
