package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.ConversationPortsContract;
import dev.handoff.handoff.application.port.out.PersistencePorts;
import java.util.function.Function;

/** The conversation fakes the use-case tests rely on keep the ports' contract. */
class InMemoryConversationsContractTest extends ConversationPortsContract {
    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return work.apply(ports.persistence());
    }
}
