package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.ChatWatchPort;
import dev.handoff.agent.application.port.out.ChatWatchPortContract;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryChatWatchesContractTest extends ChatWatchPortContract {
    private final InMemoryChatWatches watches = new InMemoryChatWatches();

    @Override
    protected <T> T inTransaction(Function<ChatWatchPort, T> work) {
        return work.apply(watches);
    }

    @Override
    protected void conversationExists(ConversationId id, TenantId tenant) {
        // The fake has no foreign keys: a message or watch of an unknown chat is kept all the same.
    }
}
