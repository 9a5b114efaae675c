package dev.handoff.handoff.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link RecordDeliveryPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class RecordDeliveryPortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final ConversationId id = ContractRows.newChatId();

    /** Runs one unit of work with the ports: in its own transaction where they are transactional. */
    protected abstract <T> T inTransaction(Function<PersistencePorts, T> work);

    private void deliveredUpTo(ConversationId chat, long sequence) {
        inTransaction(ports -> {
            ports.delivery().deliveredUpTo(chat, sequence);
            return null;
        });
    }

    private long delivered() {
        return inTransaction(ports -> ports.loadConversation().load(id))
                .orElseThrow()
                .deliveredSequence();
    }

    /** Socket.IO clients of one chat on several replicas report as they go: the mark never goes back. */
    @Test
    void theMarkMovesOnlyForwardAndNeverPastTheFeed() {
        Conversation chat = new Conversation(
                id,
                ContractRows.newTenant(),
                ContractRows.BOT,
                VisitorInfo.anonymous(),
                "en",
                null,
                0,
                NINE,
                ConversationStatus.ASSIGNED,
                NINE,
                5,
                0,
                null);
        inTransaction(ports -> {
            ContractRows.create(ports, chat);
            return null;
        });
        deliveredUpTo(id, 3);
        assertThat(delivered()).isEqualTo(3);
        deliveredUpTo(id, 2);
        assertThat(delivered()).isEqualTo(3);
        deliveredUpTo(id, 9);
        assertThat(delivered()).isEqualTo(5);
    }

    @Test
    void aChatNotStoredIsLeftAlone() {
        deliveredUpTo(id, 3);
        Optional<Conversation> after =
                inTransaction(ports -> ports.loadConversation().load(id));
        assertThat(after).isEmpty();
    }
}
