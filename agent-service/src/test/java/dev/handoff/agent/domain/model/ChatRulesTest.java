package dev.handoff.agent.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may do what with a chat, how it moves between agents, and the limits of what agents type. */
class ChatRulesTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final TenantId ACME = TenantId.of("acme");
    private static final AgentId ALICE = AgentId.of("alice");
    private static final AgentId BOB = AgentId.of("bob");

    private static Actor agent(AgentId id) {
        return new Actor(ACME, id, id.value(), false);
    }

    private static AgentConversation heldBy(AgentId agent) {
        AgentConversation c = AgentConversation.firstHeardOf(ConversationId.of("c1"), ACME);
        c.recordDetails(new HandoffDetails(
                BotId.of("bot"), new VisitorInfo("Thandi", null, null, Map.of()), List.of(), "en", null, 0, T0));
        c.queued(T0);
        c.assigned(agent, T0.plusSeconds(1));
        return c;
    }

    @Test
    void theHolderHoldsASupervisorOfTheTenantReadsAndEveryoneElseSeesNothing() {
        AgentConversation c = heldBy(ALICE);
        assertThat(c.accessOf(agent(ALICE))).isEqualTo(ChatAccess.HOLD);
        assertThat(c.accessOf(agent(BOB))).isEqualTo(ChatAccess.NONE);
        assertThat(c.accessOf(new Actor(ACME, BOB, "Bob", true))).isEqualTo(ChatAccess.READ);
        assertThat(c.accessOf(new Actor(TenantId.of("other"), ALICE, "Alice", true)))
                .isEqualTo(ChatAccess.NONE);
    }

    @Test
    void aTransferToAnAgentMovesTheChatAndOneToAQueueMakesItPendingAgain() {
        AgentConversation toAgent = heldBy(ALICE);
        assertThat(toAgent.transferred(ALICE, BOB, T0.plusSeconds(5))).isTrue();
        assertThat(toAgent.holder()).contains(BOB);
        assertThat(toAgent.accessOf(agent(ALICE))).isEqualTo(ChatAccess.NONE);

        AgentConversation toQueue = heldBy(ALICE);
        toQueue.transferred(ALICE, null, T0.plusSeconds(5));
        assertThat(toQueue.isPending()).isTrue();
        assertThat(toQueue.holder()).isEmpty();
        assertThat(toQueue.accessOf(agent(ALICE))).isEqualTo(ChatAccess.NONE);
    }

    @Test
    void aTransferFromSomeoneWhoDoesNotHoldTheChatChangesNothing() {
        AgentConversation c = heldBy(ALICE);
        assertThat(c.transferred(BOB, AgentId.of("carol"), T0.plusSeconds(5))).isFalse();
        assertThat(c.holder()).contains(ALICE);
    }

    @Test
    void anEndedChatIsHeldByNobodyButStaysReadableForItsLastHolderAndOnlyTheFirstEndCounts() {
        AgentConversation c = heldBy(ALICE);
        assertThat(c.ended(EndReason.COMPLETED, T0.plusSeconds(9))).isTrue();
        assertThat(c.ended(EndReason.EXPIRED, T0.plusSeconds(10))).isFalse();
        assertThat(c.endReason()).contains(EndReason.COMPLETED);
        assertThat(c.holder()).isEmpty();
        assertThat(c.accessOf(agent(ALICE))).isEqualTo(ChatAccess.HOLD);
        assertThat(c.isEnded()).isTrue();
    }

    @Test
    void messagesAreNumberedPerChatAndAVisitorWithoutNameIsShownByTheHandoffName() {
        AgentConversation c = heldBy(ALICE);
        assertThat(List.of(c.nextSequence(), c.nextSequence(), c.nextSequence()))
                .containsExactly(1L, 2L, 3L);
        assertThat(c.authorName(Sender.VISITOR, null)).isEqualTo("Thandi");
        assertThat(c.authorName(Sender.VISITOR, "T.")).isEqualTo("T.");
        assertThat(c.authorName(Sender.AGENT, null)).isNull();
    }

    @Test
    void theSubjectIsTrimmedAtMost200CharactersAndAnUnchangedSubjectIsNoChange() {
        AgentConversation c = heldBy(ALICE);
        assertThat(c.changeSubject("  Refund  ")).isTrue();
        assertThat(c.subject()).contains("Refund");
        assertThat(c.changeSubject("Refund")).isFalse();
        assertThat(c.changeSubject("x".repeat(200))).isTrue();
        assertThatThrownBy(() -> c.changeSubject("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.changeSubject("   ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAgentsTextIsTrimmedAndHas1To4000CharactersCountedAsPeopleSeeThem() {
        assertThat(ChatMessage.agentText("  hello \n")).isEqualTo("hello");
        assertThat(ChatMessage.agentText(" " + "x".repeat(4000) + " ")).hasSize(4000);
        assertThat(ChatMessage.agentText("🙂".repeat(4000))).hasSize(8000); // 4000 characters, 8000 UTF-16 units
        assertThatThrownBy(() -> ChatMessage.agentText("x".repeat(4001))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChatMessage.agentText(" \t ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChatMessage.agentText(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientMessageIdHas1To64CharactersAndIsNotBlank() {
        assertThat(ChatMessage.clientMessageId("c".repeat(64))).hasSize(64);
        assertThatThrownBy(() -> ChatMessage.clientMessageId("c".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChatMessage.clientMessageId("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChatMessage.clientMessageId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longNamesFromOtherServicesAreCutWithoutSplittingACharacter() {
        assertThat(Texts.cut("ab🙂cd", 3)).isEqualTo("ab🙂");
        assertThat(Texts.cut(null, 3)).isNull();
        ChatMessage m = new ChatMessage(
                ConversationId.of("c1"),
                1,
                MessageId.of("m1"),
                null,
                Sender.VISITOR,
                null,
                "n".repeat(300),
                "hi",
                "x".repeat(40),
                T0,
                null);
        assertThat(m.senderName()).hasSize(ChatMessage.MAX_SENDER_NAME);
        assertThat(m.language()).isNull();
    }
}
