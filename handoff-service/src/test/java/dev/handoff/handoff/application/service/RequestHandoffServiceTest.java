package dev.handoff.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.handoff.application.port.in.ConversationIdTakenException;
import dev.handoff.handoff.application.port.in.HandoffAccepted;
import dev.handoff.handoff.application.port.in.HandoffUnavailableException;
import dev.handoff.handoff.application.port.in.RequestHandoffCommand;
import dev.handoff.handoff.application.port.in.UnknownBotException;
import dev.handoff.handoff.domain.model.Availability;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.event.HandoffRefused;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.BusinessHours;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.shared.model.WaitStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestHandoffServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final TenantId TENANT = TenantId.of("demo");
    private static final BotId BOT = BotId.of("demo-bot");

    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();
    private final RequestHandoffService service = new RequestHandoffService(
            ports.loadSettings,
            ports.loadConversation,
            ports.saveConversation,
            ports.events,
            ports.tokens,
            ports.outlook,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private void configure(boolean enabled, BusinessHours hours) {
        ports.saveSettings.save(
                new BotSettings(TENANT, BOT, enabled, hours, "Back soon", null, null, null, null, null, null, true));
    }

    /** Routing told a chat of the billing queue, taken since, that it was second with a minute to wait. */
    private void routingEstimatedThirtySecondsAPlace() {
        ConversationId earlier = ConversationId.of("earlier");
        Conversation taken = Conversation.handedOff(
                earlier, TENANT, BOT, VisitorInfo.anonymous(), "en", TeamId.of("billing"), 2, NOW.minusSeconds(120));
        taken.assigned();
        ports.saveConversation.save(taken);
        ports.visitorFeed.append(
                new VisitorFeedEntry.QueuePosition(earlier, 1, NOW.minusSeconds(60), 2, 60, WaitStatus.ESTIMATED));
    }

    private static RequestHandoffCommand command(ConversationId id) {
        return new RequestHandoffCommand(
                TENANT,
                BOT,
                id,
                new VisitorInfo("Thandi", "t@example.com", "en-ZA", Map.of()),
                List.of(new HistoryEntry(Sender.VISITOR, "I want a human", null)),
                "en",
                TeamId.of("billing"),
                2,
                "asked for a human",
                Channel.CSML);
    }

    @Test
    void opensTheConversationAndPublishesTheRequestWithEverythingTheBotSent() {
        configure(true, BusinessHours.alwaysOpen(ZoneOffset.UTC));
        routingEstimatedThirtySecondsAPlace();

        HandoffAccepted accepted = service.requestHandoff(command(null));

        assertThat(accepted.created()).isTrue();
        assertThat(accepted.requestedAt()).isEqualTo(NOW);
        assertThat(ports.tokens.read(accepted.visitorToken()))
                .hasValueSatisfying(a -> assertThat(a.conversationId()).isEqualTo(accepted.conversationId()));
        assertThat(accepted.queuePosition()).isEqualTo(1);
        assertThat(accepted.estimatedWaitSeconds()).isEqualTo(30L);
        assertThat(ports.conversations.get(accepted.conversationId()).status()).isEqualTo(ConversationStatus.WAITING);
        assertThat(ports.published).singleElement().isInstanceOfSatisfying(HandoffRequested.class, e -> {
            assertThat(e.conversationId()).isEqualTo(accepted.conversationId());
            assertThat(e.tenantId()).isEqualTo(TENANT);
            assertThat(e.botId()).isEqualTo(BOT);
            assertThat(e.visitor().name()).isEqualTo("Thandi");
            assertThat(e.botHistory()).extracting(HistoryEntry::text).containsExactly("I want a human");
            assertThat(e.team()).isEqualTo(TeamId.of("billing"));
            assertThat(e.priority()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo("asked for a human");
            assertThat(e.occurredAt()).isEqualTo(NOW);
            assertThat(e.channel()).isEqualTo(Channel.CSML);
        });
    }

    @Test
    void aRetryWithTheSameConversationIdReturnsTheSameChatAndPublishesNothingMore() {
        configure(true, BusinessHours.alwaysOpen(ZoneOffset.UTC));
        ConversationId id = ConversationId.of("bot-conv-1");

        service.requestHandoff(command(id));
        HandoffAccepted again = service.requestHandoff(command(id));

        assertThat(again.created()).isFalse();
        assertThat(again.conversationId()).isEqualTo(id);
        assertThat(ports.published).hasSize(1);
    }

    @Test
    void anIdUsedByAnotherBotIsRefused() {
        configure(true, BusinessHours.alwaysOpen(ZoneOffset.UTC));
        BotId other = BotId.of("other-bot");
        ports.saveSettings.save(new BotSettings(
                TENANT,
                other,
                true,
                BusinessHours.alwaysOpen(ZoneOffset.UTC),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false));
        service.requestHandoff(command(ConversationId.of("shared-id")));

        RequestHandoffCommand fromOther = new RequestHandoffCommand(
                TENANT, other, ConversationId.of("shared-id"), VisitorInfo.anonymous(), List.of(), null, null, 0, null);
        assertThatThrownBy(() -> service.requestHandoff(fromOther)).isInstanceOf(ConversationIdTakenException.class);
    }

    @Test
    void anUnknownBotIsRefused() {
        assertThatThrownBy(() -> service.requestHandoff(command(null))).isInstanceOf(UnknownBotException.class);
        assertThat(ports.published).isEmpty();
    }

    @Test
    void outsideBusinessHoursTheRequestIsRefusedWithTheOfflineMessageAndNextOpening() {
        // never open: no weekly slots
        configure(true, new BusinessHours(ZoneOffset.UTC, List.of(), List.of()));

        assertThatThrownBy(() -> service.requestHandoff(command(null)))
                .isInstanceOfSatisfying(HandoffUnavailableException.class, e -> {
                    assertThat(e.availability().reason()).isEqualTo(Availability.Reason.OUTSIDE_BUSINESS_HOURS);
                    assertThat(e.availability().offlineMessage()).isEqualTo("Back soon");
                });
        assertThat(ports.published).singleElement().isInstanceOfSatisfying(HandoffRefused.class, e -> {
            assertThat(e.botId()).isEqualTo(BOT);
            assertThat(e.reason()).isEqualTo("OUTSIDE_BUSINESS_HOURS");
            assertThat(e.channel()).isEqualTo(Channel.CSML);
            assertThat(e.team()).isEqualTo(TeamId.of("billing"));
            assertThat(e.occurredAt()).isEqualTo(NOW);
        });
        assertThat(ports.conversations).isEmpty();
    }

    @Test
    void aDisabledBotIsRefused() {
        configure(false, BusinessHours.alwaysOpen(ZoneOffset.UTC));
        assertThatThrownBy(() -> service.requestHandoff(command(null)))
                .isInstanceOfSatisfying(
                        HandoffUnavailableException.class,
                        e -> assertThat(e.availability().reason()).isEqualTo(Availability.Reason.DISABLED));
    }
}
