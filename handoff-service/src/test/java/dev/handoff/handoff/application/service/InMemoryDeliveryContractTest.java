package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.PersistencePorts;
import dev.handoff.handoff.application.port.out.RecordDeliveryPortContract;
import java.util.function.Function;

/** The delivery fake the use-case tests rely on keeps the port's contract. */
class InMemoryDeliveryContractTest extends RecordDeliveryPortContract {
    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return work.apply(ports.persistence());
    }
}
