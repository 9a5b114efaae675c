package dev.handoff.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.handoff.application.port.in.ChatNotOpenException;
import dev.handoff.handoff.application.port.in.NoEndProposalException;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.BotWebhookEvent;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.EndProposalWithdrawn;
import dev.handoff.shared.event.EndProposed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.BusinessHours;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent's proposal to end, on the visitor's side, against in-memory ports: shown, withdrawn, confirmed. */
class EndProposalServicesTest {
    private static final TenantId TENANT = TenantId.of("demo");
    private static final BotId BOT = BotId.of("demo-bot");
    private static final ConversationId CHAT = ConversationId.of("c-1");
    private static final AgentId ALICE = AgentId.of("alice");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();
    private final RecordChatMessageService record = ports.recordChatMessages();
    private final TrackLifecycleService lifecycle = ports.trackLifecycle();
    private final EndVisitorChatService confirm = ports.endVisitorChat(clock);

    @BeforeEach
    void chatHeldByAlice() {
        ports.saveSettings.save(new BotSettings(
                TENANT,
                BOT,
                true,
                BusinessHours.alwaysOpen(ZoneOffset.UTC),
                null,
                Duration.ofMinutes(60),
                "Glad we could help. End the chat?",
                "End chat",
                "https://bot.example/hook",
                "a-webhook-secret-of-16+",
                Set.of(),
                true,
                true));
        ports.saveConversation.save(Conversation.handedOff(
                CHAT, TENANT, BOT, new VisitorInfo("Thandi", null, "en", null), "en", null, 0, clock.instant()));
        lifecycle.onLifecycle(
                new Assigned(UUID.randomUUID(), clock.instant(), TENANT, CHAT, ALICE, "Alice", AssignmentMethod.CLAIM));
        ports.feed.clear();
    }

    @Test
    void aProposalShowsTheEndMessageWithItsButtonOnceAndRelaysItToTheBotAsACsmlButton() {
        EndProposed proposal = proposal();
        lifecycle.onLifecycle(proposal);
        lifecycle.onLifecycle(proposal); // delivered twice: shown once

        assertThat(ports.feed).singleElement().isInstanceOfSatisfying(VisitorFeedEntry.EndProposed.class, e -> {
            assertThat(e.endMessage()).isEqualTo("Glad we could help. End the chat?");
            assertThat(e.buttonLabel()).isEqualTo("End chat");
        });
        assertThat(ports.webhooks).singleElement().satisfies(w -> {
            assertThat(w.payload()).isEqualTo(BotWebhookEvent.Payload.LIVECHAT_AGENT_MESSAGE);
            assertThat(w.message().text()).isEqualTo("Glad we could help. End the chat?");
            assertThat(w.message().button()).isEqualTo(new BotWebhookEvent.Button("End chat", "LIVECHAT_SESSION_END"));
        });
        assertThat(ports.conversations.get(CHAT).status()).isEqualTo(ConversationStatus.ASSIGNED);
    }

    @Test
    void theVisitorWritingAfterTheProposalWithdrawsItAndTheChatGoesOn() {
        lifecycle.onLifecycle(proposal());
        clock.advance(Duration.ofSeconds(5));
        record.onMessagePosted(visitorMessage("v-1", clock.instant()));

        assertThat(ports.feed)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("EndProposed", "Message", "EndProposalWithdrawn");
        assertThat(ports.published)
                .singleElement()
                .isInstanceOfSatisfying(
                        EndProposalWithdrawn.class,
                        w -> assertThat(w.messageId()).isEqualTo(MessageId.of("v-1")));
        assertThat(ports.conversations.get(CHAT).isActive()).isTrue();
        assertThatThrownBy(() -> confirm.accept(TENANT, CHAT)).isInstanceOf(NoEndProposalException.class);
    }

    @Test
    void aMessageWrittenBeforeTheProposalWasShownLeavesItStanding() {
        Instant written = clock.instant();
        clock.advance(Duration.ofSeconds(1));
        lifecycle.onLifecycle(proposal());
        record.onMessagePosted(visitorMessage("v-early", written)); // consumed late

        assertThat(ports.published).isEmpty();
        assertThat(ports.conversations.get(CHAT).endProposedAt()).isNotNull();
    }

    @Test
    void clickingTheButtonEndsTheChatAsEndedByTheVisitorAndOnlyWhileAProposalStands() {
        assertThatThrownBy(() -> confirm.accept(TENANT, CHAT)).isInstanceOf(NoEndProposalException.class);
        assertThat(ports.published).isEmpty();

        lifecycle.onLifecycle(proposal());
        confirm.accept(TENANT, CHAT);

        assertThat(ports.published).singleElement().isInstanceOf(EndedByVisitor.class);
        assertThat(ports.conversations.get(CHAT).status()).isEqualTo(ConversationStatus.ENDED_BY_VISITOR);
        assertThat(ports.feed)
                .last()
                .isInstanceOfSatisfying(
                        VisitorFeedEntry.Ended.class,
                        e -> assertThat(e.how()).isEqualTo(ConversationStatus.ENDED_BY_VISITOR));
        assertThatThrownBy(() -> confirm.accept(TENANT, CHAT)).isInstanceOf(ChatNotOpenException.class);
    }

    @Test
    void aProposalDiesWithItsAgentsHoldOfTheChat() {
        lifecycle.onLifecycle(proposal());
        lifecycle.onLifecycle(new Assigned(
                UUID.randomUUID(), clock.instant(), TENANT, CHAT, AgentId.of("bob"), "Bob", AssignmentMethod.TRANSFER));

        assertThatThrownBy(() -> confirm.accept(TENANT, CHAT)).isInstanceOf(NoEndProposalException.class);
    }

    private EndProposed proposal() {
        return new EndProposed(UUID.randomUUID(), clock.instant(), TENANT, CHAT, ALICE, "Alice");
    }

    private static MessagePosted visitorMessage(String id, Instant at) {
        return new MessagePosted(
                UUID.randomUUID(),
                at,
                TENANT,
                CHAT,
                MessageId.of(id),
                Sender.VISITOR,
                null,
                "Thandi",
                "Actually, one more thing",
                "en",
                null);
    }
}
