package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.application.port.out.ChatMessagePortContract;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryChatMessagesContractTest extends ChatMessagePortContract {
    private final InMemoryChatMessages messages = new InMemoryChatMessages();

    @Override
    protected <T> T inTransaction(Function<ChatMessagePort, T> work) {
        return work.apply(messages);
    }

    @Override
    protected void conversationExists(ConversationId id, TenantId tenant) {
        // The fake has no foreign keys: a message or watch of an unknown chat is kept all the same.
    }
}
