package dev.handoff.agent.application.service;

import static dev.handoff.agent.application.service.ChatFixture.ACME;
import static dev.handoff.agent.application.service.ChatFixture.ALICE;
import static dev.handoff.agent.application.service.ChatFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.application.port.in.SendMessageCommand;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.EndReason;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What arrives from Kafka about a held chat, and what its holder is told. */
class RecordChatActivityServiceTest {
    private final ChatFixture f = new ChatFixture();

    @Test
    void aVisitorMessageIsStoredOnceAndShownToTheHolder() {
        f.connected(ALICE);
        ConversationId id = f.assigned("c1", ALICE);
        MessagePosted posted = f.visitorWrites(id, "hello?");
        f.activity.onMessagePosted(posted); // the same message again, say from a resend under the same id

        ChatMessage stored = f.messages.of(id).get(0);
        assertThat(f.messages.of(id)).hasSize(1);
        assertThat(stored.sequence()).isEqualTo(1);
        assertThat(stored.messageId()).isEqualTo(posted.messageId());
        assertThat(stored.senderName()).isEqualTo("Thandi");
        assertThat(f.noticesOf(ALICE))
                .filteredOn(AgentNotice.MessageAdded.class::isInstance)
                .containsExactly(new AgentNotice.MessageAdded(stored));
    }

    @Test
    void theAgentsMessageDeliveredAgainIsNotStoredOrShownAgain() {
        f.connected(ALICE);
        ConversationId id = f.assigned("c1", ALICE);
        f.send.send(new SendMessageCommand(ALICE, id, "k", "Hi"));
        int notices = f.noticesOf(ALICE).size();

        f.activity.onMessagePosted(f.events.published(MessagePosted.class).get(0));

        assertThat(f.messages.of(id)).hasSize(1);
        assertThat(f.noticesOf(ALICE)).hasSize(notices);
    }

    @Test
    void messagesOfChatsNobodyHoldsAreKeptWithoutTellingAnyoneAndOtherTenantsCannotWriteIntoAChat() {
        f.connected(ALICE);
        ConversationId early = ConversationId.of("early");
        f.activity.onMessagePosted(new MessagePosted(
                UUID.randomUUID(),
                f.clock.instant(),
                ACME,
                early,
                MessageId.of("m1"),
                Sender.VISITOR,
                null,
                null,
                "before anyone",
                null,
                null));
        assertThat(f.messages.of(early)).hasSize(1);

        ConversationId id = f.assigned("c1", ALICE);
        f.activity.onMessagePosted(new MessagePosted(
                UUID.randomUUID(),
                f.clock.instant(),
                TenantId.of("other"),
                id,
                MessageId.of("m2"),
                Sender.VISITOR,
                null,
                null,
                "intruder",
                null,
                null));
        assertThat(f.messages.of(id)).isEmpty();
        assertThat(f.noticesOf(ALICE)).noneMatch(AgentNotice.MessageAdded.class::isInstance);
    }

    @Test
    void theVisitorsTypingReachesTheHolderAndAgentTypingIsIgnored() {
        f.connected(ALICE);
        ConversationId id = f.assigned("c1", ALICE);
        f.activity.onTyping(new Typing(UUID.randomUUID(), f.clock.instant(), ACME, id, Sender.VISITOR, true));
        f.activity.onTyping(new Typing(UUID.randomUUID(), f.clock.instant(), ACME, id, Sender.AGENT, true));

        assertThat(f.noticesOf(ALICE))
                .filteredOn(AgentNotice.TypingChanged.class::isInstance)
                .containsExactly(new AgentNotice.TypingChanged(id, true));
    }

    @Test
    void aTransferTellsTheFormerHolderTheyLostTheChatAndTheNewOneTheyHaveIt() {
        f.connected(ALICE);
        f.connected(BOB);
        ConversationId id = f.assigned("c1", ALICE);
        f.track.onLifecycle(
                new Transferred(UUID.randomUUID(), f.clock.instant(), ACME, id, ALICE.agentId(), BOB.agentId(), null));
        f.assign(id, BOB);

        assertThat(f.noticesOf(ALICE))
                .last()
                .isEqualTo(new AgentNotice.ChatRemoved(id, AgentNotice.RemovalReason.TRANSFERRED));
        assertThat(f.noticesOf(BOB)).last().isEqualTo(new AgentNotice.AssignedToAgent(id));
        assertThat(f.noticesOf(BOB)).noneMatch(AgentNotice.ChatRemoved.class::isInstance);
        f.visitorWrites(id, "still there?");
        assertThat(f.noticesOf(BOB)).last().isInstanceOf(AgentNotice.MessageAdded.class);
        assertThat(f.noticesOf(ALICE)).last().isInstanceOf(AgentNotice.ChatRemoved.class);
    }

    @Test
    void aTransferToAQueueOrARequeueTakesTheChatAwayAndAnEndTellsTheHolderWhy() {
        f.connected(ALICE);
        ConversationId transferred = f.assigned("c1", ALICE);
        f.track.onLifecycle(
                new Transferred(UUID.randomUUID(), f.clock.instant(), ACME, transferred, ALICE.agentId(), null, null));
        f.track.onLifecycle(
                new Requeued(UUID.randomUUID(), f.clock.instant(), ACME, transferred, ALICE.agentId(), "transferred"));
        assertThat(f.noticesOf(ALICE))
                .filteredOn(AgentNotice.ChatRemoved.class::isInstance)
                .containsExactly(new AgentNotice.ChatRemoved(transferred, AgentNotice.RemovalReason.TRANSFERRED));

        ConversationId requeued = f.assigned("c2", ALICE);
        f.track.onLifecycle(
                new Requeued(UUID.randomUUID(), f.clock.instant(), ACME, requeued, ALICE.agentId(), "agent-offline"));
        assertThat(f.noticesOf(ALICE))
                .last()
                .isEqualTo(new AgentNotice.ChatRemoved(requeued, AgentNotice.RemovalReason.REQUEUED));

        ConversationId left = f.assigned("c3", ALICE);
        f.track.onLifecycle(new EndedByVisitor(UUID.randomUUID(), f.clock.instant(), ACME, left));
        assertThat(f.noticesOf(ALICE)).last().isEqualTo(new AgentNotice.ChatEnded(left, EndReason.ENDED_BY_VISITOR));
    }
}
