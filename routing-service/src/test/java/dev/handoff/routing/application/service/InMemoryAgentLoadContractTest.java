package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.port.out.AgentLoadPortContract;
import dev.handoff.routing.application.port.out.RoutingRows;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryAgentLoadContractTest extends AgentLoadPortContract {
    private final InMemoryRoutingRows rows = new InMemoryRoutingRows();
    private final InMemoryAgentLoad load = new InMemoryAgentLoad(rows.tables);

    @Override
    protected <T> T inTransaction(Function<AgentLoadPort, T> work) {
        return work.apply(load);
    }

    @Override
    protected RoutingRows given() {
        return rows;
    }
}
