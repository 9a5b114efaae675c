package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.FindSilentChatsPortContract;
import dev.handoff.handoff.application.port.out.PersistencePorts;
import java.util.function.Function;

/** The silent chats fake the use-case tests rely on keeps the port's contract. */
class InMemorySilentChatsContractTest extends FindSilentChatsPortContract {
    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return work.apply(ports.persistence());
    }
}
