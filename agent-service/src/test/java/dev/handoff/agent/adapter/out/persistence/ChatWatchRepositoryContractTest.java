package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.ChatWatchPort;
import dev.handoff.agent.application.port.out.ChatWatchPortContract;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;

/** The PostgreSQL adapter keeps the port's contract, each call in a transaction of its own. */
@QuarkusTest
@WithTestInfrastructure
class ChatWatchRepositoryContractTest extends ChatWatchPortContract {
    @Inject
    ChatWatchRepository repository;

    @Inject
    AgentConversationRepository conversations;

    @Override
    protected <T> T inTransaction(Function<ChatWatchPort, T> work) {
        return QuarkusTransaction.requiringNew().call(() -> work.apply(repository));
    }

    @Override
    protected void conversationExists(ConversationId id, TenantId tenant) {
        QuarkusTransaction.requiringNew().run(() -> conversations.lockOrStart(id, tenant));
    }
}
