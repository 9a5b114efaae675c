package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.LoadChatForSendPortContract;
import dev.handoff.handoff.application.port.out.PersistencePorts;
import java.util.function.Function;

/** The fake of a send's read the use-case tests rely on keeps the port's contract. */
class InMemoryChatForSendContractTest extends LoadChatForSendPortContract {
    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return work.apply(ports.persistence());
    }
}
