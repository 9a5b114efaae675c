package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.OfflineMessagePort;
import dev.handoff.agent.application.port.out.OfflineMessagePortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryOfflineMessagesContractTest extends OfflineMessagePortContract {
    private final InMemoryOfflineMessages messages = new InMemoryOfflineMessages();

    @Override
    protected <T> T inTransaction(Function<OfflineMessagePort, T> work) {
        return work.apply(messages);
    }
}
