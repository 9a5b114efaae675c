package dev.handoff.handoff.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.handoff.application.port.out.LoadChatForSendPort.ChatForSend;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LoadChatForSendPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class LoadChatForSendPortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = ContractRows.newTenant();
    private final Conversation named = new Conversation(
            ContractRows.newChatId(),
            tenant,
            ContractRows.BOT,
            new VisitorInfo("Thandi", "thandi@example.org", "zu-ZA", Map.of("plan", "gold")),
            "zu",
            null,
            0,
            NINE,
            ConversationStatus.ASSIGNED,
            NINE);
    private final Conversation ended =
            ContractRows.chat(tenant, ContractRows.BOT, null, 0, NINE, ConversationStatus.EXPIRED);

    /** Runs one unit of work with the ports: in its own transaction where they are transactional. */
    protected abstract <T> T inTransaction(Function<PersistencePorts, T> work);

    @BeforeEach
    void theChatsExist() {
        inTransaction(ports -> {
            ContractRows.create(ports, named, ended);
            return null;
        });
    }

    private Optional<ChatForSend> forSend(ConversationId chat, String messageId) {
        return inTransaction(ports -> ports.chatForSend().forSend(chat, MessageId.of(messageId)));
    }

    private void append(VisitorFeedEntry entry) {
        inTransaction(ports -> {
            ports.feed().append(entry);
            return null;
        });
    }

    private static VisitorFeedEntry.Message message(ConversationId in, long sequence, String messageId) {
        return new VisitorFeedEntry.Message(
                in, sequence, NINE, MessageId.of(messageId), null, Sender.VISITOR, "Thandi", "Hello", null);
    }

    @Test
    void aChatIsReadWithWhatASendNeeds() {
        assertThat(forSend(named.id(), "m-1"))
                .contains(new ChatForSend(tenant, ConversationStatus.ASSIGNED, "Thandi", "zu", false));
        assertThat(forSend(ended.id(), "m-1")).hasValueSatisfying(chat -> {
            assertThat(chat.isActive()).isFalse();
            assertThat(chat.visitorDisplayName()).isEqualTo(VisitorInfo.ANONYMOUS);
            assertThat(chat.language()).isEqualTo("en");
        });
    }

    @Test
    void anUnknownChatIsNone() {
        assertThat(forSend(ContractRows.newChatId(), "m-1")).isEmpty();
    }

    /** Only this message in this chat's feed counts: not another message, nor the same id in another chat. */
    @Test
    void itTellsWhetherTheChatsFeedHoldsTheMessage() {
        append(message(named.id(), 1, "m-1"));
        append(new VisitorFeedEntry.BackInQueue(named.id(), 2, NINE));
        append(message(ended.id(), 1, "m-2"));

        assertThat(forSend(named.id(), "m-1"))
                .hasValueSatisfying(chat -> assertThat(chat.messageStored()).isTrue());
        assertThat(forSend(named.id(), "m-2"))
                .hasValueSatisfying(chat -> assertThat(chat.messageStored()).isFalse());
        assertThat(forSend(ended.id(), "m-1"))
                .hasValueSatisfying(chat -> assertThat(chat.messageStored()).isFalse());
    }
}
