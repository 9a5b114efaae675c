package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.AgentConversationPortContract;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryConversationsContractTest extends AgentConversationPortContract {
    private final InMemoryConversations conversations = new InMemoryConversations();

    @Override
    protected <T> T inTransaction(Function<AgentConversationPort, T> work) {
        return work.apply(conversations);
    }
}
