package dev.handoff.handoff.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import dev.handoff.shared.model.WaitStatus;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link VisitorFeedPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class VisitorFeedPortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = ContractRows.newTenant();
    private final Conversation chat =
            ContractRows.chat(tenant, ContractRows.BOT, null, 0, NINE, ConversationStatus.WAITING);
    private final Conversation other =
            ContractRows.chat(tenant, ContractRows.BOT, null, 0, NINE, ConversationStatus.WAITING);

    /** Runs one unit of work with the ports: in its own transaction where they are transactional. */
    protected abstract <T> T inTransaction(Function<PersistencePorts, T> work);

    @BeforeEach
    void theChatsExist() {
        inTransaction(ports -> {
            ContractRows.create(ports, chat, other);
            return null;
        });
    }

    private void append(VisitorFeedEntry... entries) {
        inTransaction(ports -> {
            for (VisitorFeedEntry entry : entries) {
                ports.feed().append(entry);
            }
            return null;
        });
    }

    private List<VisitorFeedEntry> after(ConversationId in, long afterSequence, int limit) {
        return inTransaction(ports -> ports.feed().after(in, afterSequence, limit));
    }

    private boolean appendMessage(VisitorFeedEntry.Message entry) {
        return inTransaction(ports -> ports.feed().appendMessage(entry));
    }

    private static VisitorFeedEntry.Message message(ConversationId in, long sequence, String messageId) {
        return new VisitorFeedEntry.Message(
                in,
                sequence,
                NINE.plusSeconds(sequence),
                MessageId.of(messageId),
                null,
                Sender.VISITOR,
                "Thandi",
                "Hello",
                null);
    }

    private VisitorFeedEntry.BackInQueue numbered(long sequence) {
        return new VisitorFeedEntry.BackInQueue(chat.id(), sequence, NINE.plusSeconds(sequence));
    }

    @Test
    void everyKindOfEntryIsReadBackAsAppended() {
        ConversationId id = chat.id();
        List<VisitorFeedEntry> all = List.of(
                new VisitorFeedEntry.Message(
                        id,
                        1,
                        NINE,
                        MessageId.of("m-1"),
                        null,
                        Sender.AGENT,
                        "Alice",
                        "Hi\nthere",
                        new Translation("zu", "Sawubona")),
                new VisitorFeedEntry.QueuePosition(id, 2, NINE.plusSeconds(2), 3, 90, WaitStatus.AGENTS_BUSY),
                new VisitorFeedEntry.AgentAssigned(id, 3, NINE.plusSeconds(3), "Alice"),
                new VisitorFeedEntry.BackInQueue(id, 4, NINE.plusSeconds(4)),
                new VisitorFeedEntry.EndProposed(id, 5, NINE.plusSeconds(5), "End the chat?", "End chat"),
                new VisitorFeedEntry.EndProposalWithdrawn(id, 6, NINE.plusSeconds(6)),
                new VisitorFeedEntry.LeaveMessageOffered(id, 7, NINE.plusSeconds(7), "We are away."),
                new VisitorFeedEntry.MessageLeftConfirmed(id, 8, NINE.plusSeconds(8)),
                new VisitorFeedEntry.Ended(
                        id, 9, NINE.plusSeconds(9), ConversationStatus.LEFT_MESSAGE, "Bye", "Back to the bot"));
        append(all.toArray(VisitorFeedEntry[]::new));
        assertThat(after(id, 0, 100)).containsExactlyElementsOf(all);
    }

    @Test
    void entriesComeInTheirOrderAfterTheNumberGivenAndNoMoreThanTheLimit() {
        append(numbered(3), numbered(1));
        append(numbered(2), numbered(5), numbered(4));
        assertThat(after(chat.id(), 1, 3)).containsExactly(numbered(2), numbered(3), numbered(4));
        assertThat(after(chat.id(), 5, 10)).isEmpty();
    }

    @Test
    void eachChatHasAFeedOfItsOwn() {
        append(message(chat.id(), 1, "m-1"), message(other.id(), 1, "m-2"));
        assertThat(after(other.id(), 0, 10)).containsExactly(message(other.id(), 1, "m-2"));
        assertThat(appendMessage(message(other.id(), 2, "m-1"))).isTrue();
        assertThat(after(chat.id(), 0, 10)).containsExactly(message(chat.id(), 1, "m-1"));
    }

    /** Two writers numbering the same entry: the second fails and the first entry stays. */
    @Test
    void aNumberIsTakenOnce() {
        append(message(chat.id(), 1, "m-1"));
        assertThatThrownBy(() -> append(numbered(1))).isInstanceOf(RuntimeException.class);
        assertThat(after(chat.id(), 0, 10)).containsExactly(message(chat.id(), 1, "m-1"));
    }

    /** A redelivered message is shown once however it gets past the check before it. */
    @Test
    void aMessageIsKeptOnce() {
        append(message(chat.id(), 1, "m-1"));
        assertThatThrownBy(() -> append(message(chat.id(), 2, "m-1"))).isInstanceOf(RuntimeException.class);
        assertThat(after(chat.id(), 0, 10)).hasSize(1);
    }

    /** A message already in the feed is not appended again, and nothing fails: the consumer's check before storing. */
    @Test
    void aMessageAppendedAgainIsLeftOut() {
        assertThat(appendMessage(message(chat.id(), 1, "m-1"))).isTrue();
        assertThat(appendMessage(message(chat.id(), 2, "m-1"))).isFalse();
        assertThat(appendMessage(message(chat.id(), 2, "m-2"))).isTrue();
        assertThat(after(chat.id(), 0, 10)).containsExactly(message(chat.id(), 1, "m-1"), message(chat.id(), 2, "m-2"));
    }

    /** Leaving out a known message never hides a number given twice. */
    @Test
    void aNewMessageOnATakenNumberStillFails() {
        append(numbered(1));
        assertThatThrownBy(() -> appendMessage(message(chat.id(), 1, "m-1"))).isInstanceOf(RuntimeException.class);
        assertThat(after(chat.id(), 0, 10)).containsExactly(numbered(1));
    }
}
