package dev.handoff.agent.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.domain.model.ChatActivity;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.VisitorLines;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ChatMessagePort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class ChatMessagePortContract extends PortContract<ChatMessagePort> {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final AgentId ALICE = AgentId.of("alice");
    private static final AgentId BOB = AgentId.of("bob");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());

    /** The conversation is known, as it always is before a message of it is stored. */
    protected abstract void conversationExists(ConversationId id, TenantId tenant);

    private ConversationId chat() {
        ConversationId id = ConversationId.of("c-" + UUID.randomUUID());
        conversationExists(id, tenant);
        return id;
    }

    private static ChatMessage message(ConversationId chat, long sequence, Sender sender, String text) {
        boolean agent = sender == Sender.AGENT;
        return new ChatMessage(
                chat,
                sequence,
                MessageId.of(UUID.randomUUID().toString()),
                agent ? "console-" + sequence : null,
                sender,
                agent ? "alice" : null,
                agent ? "Alice" : null,
                text,
                "en",
                NINE.plusSeconds(sequence),
                agent ? new Translation("es", "[es] " + text) : null);
    }

    private ChatMessage added(ConversationId chat, long sequence, Sender sender, String text) {
        ChatMessage message = message(chat, sequence, sender, text);
        run(port -> port.add(message));
        return message;
    }

    private List<ChatMessage> messagesOf(ConversationId chat) {
        return inTransaction(port -> port.of(chat));
    }

    private boolean exists(ConversationId chat, MessageId id) {
        return inTransaction(port -> port.exists(chat, id));
    }

    private Optional<ChatMessage> byClientMessageId(ConversationId chat, String key) {
        return inTransaction(port -> port.byClientMessageId(chat, key));
    }

    private long readMark(ConversationId chat, AgentId agent) {
        return inTransaction(port -> port.readMark(chat, agent));
    }

    private long unread(ConversationId chat, AgentId agent) {
        return inTransaction(port -> port.unread(chat, agent));
    }

    @Test
    void messagesAreReadBackInSequenceOrderAndFoundByIdAndClientKey() {
        ConversationId chat = chat();
        ChatMessage second = message(chat, 2, Sender.AGENT, "How can I help?");
        ChatMessage first = message(chat, 1, Sender.VISITOR, "Hello");
        run(port -> {
            port.add(second);
            port.add(first);
        });

        assertThat(messagesOf(chat)).containsExactly(first, second);
        ConversationId other = chat();
        assertThat(exists(chat, first.messageId())).isTrue();
        assertThat(exists(other, first.messageId()))
                .as("message ids are per chat")
                .isFalse();
        assertThat(byClientMessageId(chat, "console-2")).contains(second);
        assertThat(byClientMessageId(chat, "console-9")).isEmpty();
        assertThat(messagesOf(other)).isEmpty();
    }

    @Test
    void readMarksOnlyMoveForwardAndUnreadCountsTheVisitorsMessagesAfterThem() {
        ConversationId chat = chat();
        added(chat, 1, Sender.VISITOR, "one");
        added(chat, 2, Sender.AGENT, "two");
        added(chat, 3, Sender.VISITOR, "three");
        added(chat, 4, Sender.VISITOR, "four");
        assertThat(readMark(chat, ALICE)).isZero();
        assertThat(unread(chat, ALICE)).isEqualTo(3);

        run(port -> port.raiseReadMark(chat, ALICE, 3, NINE.plusSeconds(60)));
        run(port -> port.raiseReadMark(chat, ALICE, 1, NINE.plusSeconds(90)));

        assertThat(readMark(chat, ALICE)).isEqualTo(3);
        assertThat(unread(chat, ALICE)).isEqualTo(1);
        assertThat(unread(chat, BOB)).as("each agent has a mark of their own").isEqualTo(3);
    }

    @Test
    void activityAndVisitorLinesSummariseEachChat() {
        ConversationId busy = chat();
        ConversationId agentOnly = chat();
        ConversationId silent = chat();
        added(busy, 1, Sender.VISITOR, "Hi");
        added(busy, 2, Sender.VISITOR, "Anyone there?");
        ChatMessage last = added(busy, 3, Sender.AGENT, "Yes");
        ChatMessage agents = added(agentOnly, 1, Sender.AGENT, "Hello from us");
        run(port -> port.raiseReadMark(busy, ALICE, 1, NINE));

        Map<ConversationId, ChatActivity> activity =
                inTransaction(port -> port.activity(List.of(busy, agentOnly), ALICE));
        assertThat(activity)
                .containsEntry(busy, new ChatActivity(last, 1))
                .containsEntry(agentOnly, new ChatActivity(agents, 0));
        assertThat(inTransaction(port -> port.activity(List.of(silent), ALICE)).get(silent))
                .as("a chat without messages has no last one and nothing unread")
                .satisfiesAnyOf(a -> assertThat(a).isNull(), a -> assertThat(a).isEqualTo(new ChatActivity(null, 0)));

        Map<ConversationId, VisitorLines> lines =
                inTransaction(port -> port.visitorLines(List.of(busy, agentOnly, silent)));
        assertThat(lines).containsOnlyKeys(busy).containsEntry(busy, new VisitorLines(2, "Anyone there?"));
        Map<ConversationId, VisitorLines> none = inTransaction(port -> port.visitorLines(List.of()));
        assertThat(none).isEmpty();
    }
}
