package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.PersistencePorts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import java.util.function.Function;

/** The PostgreSQL adapters as the contract suites see them, each unit of work in a transaction of its own. */
@Singleton
class PostgresUnitsOfWork {
    private final PersistencePorts ports;

    PostgresUnitsOfWork(
            BotSettingsRepository settings,
            ConversationRepository conversations,
            VisitorFeedRepository feed,
            ChatForSendQuery chatForSend) {
        this.ports = new PersistencePorts(
                settings, settings, conversations, conversations, conversations, feed, feed, feed, chatForSend);
    }

    <T> T committed(Function<PersistencePorts, T> work) {
        return QuarkusTransaction.requiringNew().call(() -> work.apply(ports));
    }

    /** For a test whose rows nothing else may see: the transaction is rolled back, whatever the work did. */
    <T> T rolledBack(Function<PersistencePorts, T> work) {
        QuarkusTransaction.begin();
        try {
            return work.apply(ports);
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
