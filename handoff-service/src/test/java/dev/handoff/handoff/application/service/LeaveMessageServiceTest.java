package dev.handoff.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.handoff.application.port.in.LeaveMessageCommand;
import dev.handoff.handoff.application.port.in.LeaveMessageRefusedException;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.BusinessHours;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.shared.model.WaitStatus;
import dev.handoff.testinfra.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Leaving a message against in-memory ports: offered once, taken only while waiting and offered, the rules named. */
class LeaveMessageServiceTest {
    private static final TenantId TENANT = TenantId.of("demo");
    private static final BotId BOT = BotId.of("demo-bot");
    private static final ConversationId CHAT = ConversationId.of("c-1");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();
    private final TrackLifecycleService lifecycle = ports.trackLifecycle();
    private final EndVisitorChatService leave = ports.endVisitorChat(clock);

    @BeforeEach
    void aWaitingChat() {
        ports.saveSettings.save(new BotSettings(
                TENANT,
                BOT,
                true,
                BusinessHours.alwaysOpen(ZoneOffset.UTC),
                "We are away.",
                Duration.ofMinutes(60),
                "Bye",
                "End chat",
                null,
                null,
                Set.of(),
                true,
                false));
        ports.saveConversation.save(Conversation.handedOff(
                CHAT,
                TENANT,
                BOT,
                new VisitorInfo("Thandi", null, "en", null),
                "en",
                TeamId.of("billing"),
                0,
                clock.instant()));
    }

    private void offered(boolean offer) {
        lifecycle.onLifecycle(new QueuePositionChanged(
                UUID.randomUUID(),
                clock.instant(),
                TENANT,
                CHAT,
                1,
                0,
                WaitStatus.NO_AGENTS,
                offer ? Boolean.TRUE : null));
    }

    private static LeaveMessageCommand command(String name, String email, String message) {
        return new LeaveMessageCommand(TENANT, CHAT, name, email, message);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (LeaveMessageRefusedException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theOfferIsShownOnceWithTheBotsOfflineMessageAndTheMessageEndsTheWait() {
        offered(false);
        assertThat(refusal(() -> leave.leave(command(null, "t@example.com", "hi"))))
                .isEqualTo("not-offered");
        offered(true);
        offered(true); // told again: shown once
        assertThat(ports.feed)
                .filteredOn(VisitorFeedEntry.LeaveMessageOffered.class::isInstance)
                .singleElement()
                .isInstanceOfSatisfying(
                        VisitorFeedEntry.LeaveMessageOffered.class,
                        o -> assertThat(o.offlineMessage()).isEqualTo("We are away."));

        leave.leave(command("  Thandi  ", " thandi@example.com ", "Call me\nplease"));

        assertThat(ports.conversations.get(CHAT).status()).isEqualTo(ConversationStatus.LEFT_MESSAGE);
        assertThat(ports.published).singleElement().isInstanceOfSatisfying(MessageLeft.class, m -> {
            assertThat(m.team()).isEqualTo(TeamId.of("billing"));
            assertThat(m.botId()).isEqualTo(BOT);
            assertThat(m.visitorName()).isEqualTo("Thandi");
            assertThat(m.visitorEmail()).isEqualTo("thandi@example.com");
            assertThat(m.message()).isEqualTo("Call me\nplease");
        });
        // the confirmation, then the end: in this order on every replay
        assertThat(ports.feed.subList(ports.feed.size() - 2, ports.feed.size()))
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("MessageLeftConfirmed", "Ended");
        assertThat(ports.feed)
                .last()
                .isInstanceOfSatisfying(
                        VisitorFeedEntry.Ended.class,
                        e -> assertThat(e.how()).isEqualTo(ConversationStatus.LEFT_MESSAGE));
        assertThat(refusal(() -> leave.leave(command(null, "t@example.com", "again"))))
                .isEqualTo("not-waiting");
        assertThat(ports.published).hasSize(1);
    }

    @Test
    void anAgentWhoTookTheChatEndsTheChanceButAWaitToldAgainDoesNot() {
        offered(true);
        lifecycle.onLifecycle(new QueuePositionChanged(
                UUID.randomUUID(), clock.instant(), TENANT, CHAT, 1, 60, WaitStatus.ESTIMATED));
        assertThat(ports.conversations.get(CHAT).mayLeaveMessage()).isTrue();
        lifecycle.onLifecycle(new Assigned(
                UUID.randomUUID(),
                clock.instant(),
                TENANT,
                CHAT,
                AgentId.of("alice"),
                "Alice",
                AssignmentMethod.CLAIM));
        assertThat(refusal(() -> leave.leave(command(null, "t@example.com", "hi"))))
                .isEqualTo("not-waiting");
        assertThat(ports.published).isEmpty();
    }

    @Test
    void theFieldsFollowThePlatformsTextRules() {
        assertThat(refusal(() -> command(null, null, "hi"))).isEqualTo("invalid-email");
        assertThat(refusal(() -> command(null, "no-at-sign", "hi"))).isEqualTo("invalid-email");
        assertThat(refusal(() -> command(null, "a@b", "hi"))).isEqualTo("invalid-email");
        assertThat(refusal(() -> command(null, "x".repeat(310) + "@example.com", "hi")))
                .isEqualTo("invalid-email");
        assertThat(refusal(() -> command("n".repeat(201), "t@example.com", "hi")))
                .isEqualTo("invalid-name");
        assertThat(refusal(() -> command("tab\tname", "t@example.com", "hi"))).isEqualTo("invalid-name");
        assertThat(refusal(() -> command(null, "t@example.com", null))).isEqualTo("invalid-message");
        assertThat(refusal(() -> command(null, "t@example.com", " \n "))).isEqualTo("invalid-message");
        assertThat(refusal(() -> command(null, "t@example.com", "nul\u0000"))).isEqualTo("invalid-message");
        assertThat(refusal(() -> command(null, "t@example.com", "x".repeat(4001))))
                .isEqualTo("message-too-long");
        // 4000 characters, emoji counted as one each, are fine; a blank name is no name
        assertThat(command(" ", "t@example.com", "\uD83D\uDE42".repeat(4000)).name())
                .isNull();
    }
}
