package dev.handoff.handoff.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What {@link LoadConversationPort} and {@link SaveConversationPort} must do together, run against the in-memory fakes
 * and the PostgreSQL adapter.
 */
public abstract class ConversationPortsContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = ContractRows.newTenant();
    private final ConversationId id = ContractRows.newChatId();

    /** Runs one unit of work with the ports: in its own transaction where they are transactional. */
    protected abstract <T> T inTransaction(Function<PersistencePorts, T> work);

    private void create(Conversation chat) {
        inTransaction(ports -> {
            ports.saveConversation().create(chat);
            return null;
        });
    }

    private void save(Conversation chat) {
        inTransaction(ports -> {
            ports.saveConversation().save(chat);
            return null;
        });
    }

    private Optional<Conversation> load() {
        return inTransaction(ports -> ports.loadConversation().load(id));
    }

    private Optional<Conversation> loadForUpdate() {
        return inTransaction(ports -> ports.loadConversation().loadForUpdate(id));
    }

    private Conversation handedOff(BotId bot) {
        return Conversation.handedOff(
                id,
                tenant,
                bot,
                new VisitorInfo("Thandi", "thandi@example.com", "en-ZA", Map.of("plan", "gold", "order", "A-17")),
                "en",
                TeamId.of("billing"),
                3,
                NINE);
    }

    private static void assertSameChat(Optional<Conversation> read, Conversation expected) {
        assertThat(read)
                .hasValueSatisfying(
                        c -> assertThat(c).usingRecursiveComparison().isEqualTo(expected));
    }

    @Test
    void anUnknownConversationIsAbsent() {
        assertThat(load()).isEmpty();
        assertThat(loadForUpdate()).isEmpty();
    }

    @Test
    void aCreatedConversationIsReadBackAsCreated() {
        Conversation created = handedOff(ContractRows.BOT);
        create(created);
        assertSameChat(load(), created);
        assertSameChat(loadForUpdate(), created);
    }

    @Test
    void everyChangeSavedIsReadBack() {
        create(handedOff(ContractRows.BOT));
        Conversation changed = loadForUpdate().orElseThrow();
        changed.offerLeavingMessage(NINE.plusSeconds(60));
        changed.assigned();
        changed.endProposed(NINE.plusSeconds(120));
        changed.activityAt(NINE.plusSeconds(90));
        changed.nextFeedSequence();
        changed.nextFeedSequence();
        changed.deliveredUpTo(1);
        changed.rate(NINE.plusSeconds(150));
        save(changed);
        assertSameChat(load(), changed);
    }

    /** A use case that changes a chat must save it: what it loaded is its own copy, not the row. */
    @Test
    void aChangeNotSavedIsNotKept() {
        create(handedOff(ContractRows.BOT));
        load().orElseThrow().assigned();
        assertThat(load()).hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(ConversationStatus.WAITING));
    }

    /** Two handoffs racing with one id: the second fails and the first one's chat stays as it was. */
    @Test
    void creatingAnIdAlreadyTakenFailsAndKeepsTheFirst() {
        Conversation first = handedOff(ContractRows.BOT);
        create(first);
        assertThatThrownBy(() -> create(handedOff(BotId.of("other-bot")))).isInstanceOf(RuntimeException.class);
        assertSameChat(load(), first);
    }

    @Test
    void savingAConversationNotStoredBeforeStoresIt() {
        Conversation chat = handedOff(ContractRows.BOT);
        save(chat);
        assertSameChat(load(), chat);
    }
}
