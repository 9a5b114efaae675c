package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.PersistencePorts;
import dev.handoff.handoff.application.port.out.VisitorFeedPortContract;
import java.util.function.Function;

/** The visitor feed fake the use-case tests rely on keeps the port's contract. */
class InMemoryVisitorFeedContractTest extends VisitorFeedPortContract {
    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return work.apply(ports.persistence());
    }
}
