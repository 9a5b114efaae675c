package dev.handoff.agent.application.service;

import static dev.handoff.agent.application.service.ChatFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.agent.application.port.in.MessageNotSentException;
import dev.handoff.agent.application.port.in.SendMessageCommand;
import dev.handoff.agent.application.port.in.SentMessage;
import dev.handoff.agent.application.port.out.PublishMessageNowPort.Delivery;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An agent's message is answered once the broker has it and it is numbered in the partition's order (0082). */
class AgentMessagesTest {
    private final ChatFixture f = new ChatFixture();

    private SentMessage send(ConversationId id, String clientMessageId, String text) {
        return f.send.send(new SendMessageCommand(ALICE, id, clientMessageId, text));
    }

    @Test
    void aSendTheBrokerDidNotTakeIsNotStoredAndItsResendLaterIsStoredOnce() {
        ConversationId id = f.assigned("c1", ALICE);
        f.partition.next = Delivery.NOT_WRITTEN;
        assertThatThrownBy(() -> send(id, "k-1", "Hi"))
                .isInstanceOfSatisfying(
                        MessageNotSentException.class,
                        e -> assertThat(e.unknown()).isFalse());
        assertThat(f.messages.of(id)).isEmpty();

        f.partition.next = Delivery.STORED;
        assertThat(send(id, "k-1", "Hi").created()).isTrue();
        assertThat(f.messages.of(id)).hasSize(1);
    }

    @Test
    void aSendWhoseAcknowledgementWasLostIsOfUnknownOutcomeAndItsResendFindsTheOneMessage() {
        ConversationId id = f.assigned("c1", ALICE);
        f.partition.next = Delivery.UNKNOWN; // written and numbered, the broker's answer lost
        assertThatThrownBy(() -> send(id, "k-1", "Hi"))
                .isInstanceOfSatisfying(
                        MessageNotSentException.class,
                        e -> assertThat(e.unknown()).isTrue());

        f.partition.next = Delivery.STORED;
        SentMessage again = send(id, "k-1", "Hi");
        assertThat(again.created()).isFalse();
        assertThat(f.messages.of(id)).singleElement().isEqualTo(again.message());
        assertThat(f.events.published(MessagePosted.class)).hasSize(1);
    }

    @Test
    void anAgentsMessageIsNumberedWhenItComesBackBetweenTheVisitorsMessagesAroundIt() {
        f.connected(ALICE);
        ConversationId id = f.assigned("c1", ALICE);
        f.visitorWrites(id, "one");
        int announced = f.changes.announced.size();
        SentMessage sent = send(id, "k-1", "two");
        f.visitorWrites(id, "three");

        assertThat(f.messages.of(id)).extracting(ChatMessage::text).containsExactly("one", "two", "three");
        assertThat(f.messages.of(id)).extracting(ChatMessage::sequence).containsExactly(1L, 2L, 3L);
        assertThat(sent.message().clientMessageId()).isEqualTo("k-1");
        // The send's wake-up, for its message only.
        assertThat(f.changes.announced).hasSize(announced + 1).last().isEqualTo(id);
    }

    @Test
    void everyTryOfOneKeyIsOneMessageIdAndNeverTheOneAVisitorsKeyGivesInTheSameChat() {
        ConversationId id = ConversationId.of("c1");
        MessageId first = AgentMessages.messageIdOf(id, "k-1");

        assertThat(AgentMessages.messageIdOf(id, "k-1")).isEqualTo(first);
        assertThat(AgentMessages.messageIdOf(id, "k-2")).isNotEqualTo(first);
        assertThat(AgentMessages.messageIdOf(ConversationId.of("c2"), "k-1")).isNotEqualTo(first);
        // handoff-service derives a visitor's message id from the chat and the key alone
        UUID visitors = UUID.nameUUIDFromBytes("c1\nk-1".getBytes(StandardCharsets.UTF_8));
        assertThat(first.value()).isNotEqualTo(visitors.toString());
    }
}
