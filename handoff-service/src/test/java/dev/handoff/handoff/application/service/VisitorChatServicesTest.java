package dev.handoff.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.handoff.application.port.in.ChatNotOpenException;
import dev.handoff.handoff.application.port.in.MessageNotStoredException;
import dev.handoff.handoff.application.port.in.MessageOutcomeUnknownException;
import dev.handoff.handoff.application.port.in.PostVisitorMessageCommand;
import dev.handoff.handoff.application.port.in.PostedVisitorMessage;
import dev.handoff.handoff.application.port.out.SendChatEventNowPort.Delivery;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.BotWebhookEvent;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.Transferred;
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

/** The visitor side of a live chat against in-memory ports: messages, lifecycle, endings and expiry. */
class VisitorChatServicesTest {
    private static final TenantId TENANT = TenantId.of("demo");
    private static final BotId BOT = BotId.of("demo-bot");
    private static final ConversationId CHAT = ConversationId.of("c-1");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();
    private final PostVisitorMessageService post = ports.postVisitorMessages(clock);
    private final RecordChatMessageService record = ports.recordChatMessages();
    private final TrackLifecycleService lifecycle = ports.trackLifecycle();
    private final ExpireSilentChatsService expiry = new ExpireSilentChatsService(
            ports.silentChats, ports.loadConversation, ports.loadSettings, ports.endings(), ports.events, clock);

    @BeforeEach
    void chatWaitingForAnAgent() {
        ports.saveSettings.save(new BotSettings(
                TENANT,
                BOT,
                true,
                BusinessHours.alwaysOpen(ZoneOffset.UTC),
                null,
                Duration.ofMinutes(60),
                "Thanks for chatting",
                "Back to the bot",
                "https://bot.example/hook",
                "a-webhook-secret-of-16+",
                Set.of(),
                true,
                true));
        ports.saveConversation.save(Conversation.handedOff(
                CHAT, TENANT, BOT, new VisitorInfo("Thandi", null, "en", null), "en", null, 0, clock.instant()));
    }

    @Test
    void aVisitorMessageGoesToKafkaWithAnIdDerivedFromTheClientIdSoAResendIsTheSameMessage() {
        PostedVisitorMessage first = post.post(new PostVisitorMessageCommand(TENANT, CHAT, "m-1", "Hello"));
        PostedVisitorMessage again = post.post(new PostVisitorMessageCommand(TENANT, CHAT, "m-1", "Hello"));
        PostedVisitorMessage other = post.post(new PostVisitorMessageCommand(TENANT, CHAT, "m-2", "Hello"));

        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(other.messageId()).isNotEqualTo(first.messageId());
        ports.sentNow.stream().map(MessagePosted.class::cast).forEach(record::onMessagePosted);
        assertThat(ports.feed)
                .filteredOn(VisitorFeedEntry.Message.class::isInstance)
                .hasSize(2)
                .extracting(VisitorFeedEntry::sequence)
                .containsExactly(1L, 2L);
        // Once stored, a resend is answered without going to Kafka again.
        int sent = ports.sentNow.size();
        post.post(new PostVisitorMessageCommand(TENANT, CHAT, "m-1", "Hello"));
        assertThat(ports.sentNow).hasSize(sent);
    }

    @Test
    void aMessageIsRefusedWhenTheChatHasEndedOrKafkaCertainlyDidNotTakeIt() {
        ports.kafka.delivery = Delivery.NOT_WRITTEN;
        assertThatThrownBy(() -> post.post(new PostVisitorMessageCommand(TENANT, CHAT, "m-1", "Hi")))
                .isInstanceOf(MessageNotStoredException.class);
        lifecycle.onLifecycle(new Completed(UUID.randomUUID(), clock.instant(), TENANT, CHAT, AgentId.of("alice")));
        ports.kafka.delivery = Delivery.STORED;
        assertThatThrownBy(() -> post.post(new PostVisitorMessageCommand(TENANT, CHAT, "m-2", "Hi")))
                .isInstanceOf(ChatNotOpenException.class);
        assertThat(ports.sentNow).isEmpty();
    }

    @Test
    void anUnansweredSendIsUnknownAndItsResendWithTheSameIdIsOneMessage() {
        ports.kafka.delivery = Delivery.UNKNOWN;
        assertThatThrownBy(() -> post.post(new PostVisitorMessageCommand(TENANT, CHAT, "m-1", "Hi")))
                .isInstanceOf(MessageOutcomeUnknownException.class)
                .hasMessageContaining("same client message id");
        ports.kafka.delivery = Delivery.STORED;
        PostedVisitorMessage resent = post.post(new PostVisitorMessageCommand(TENANT, CHAT, "m-1", "Hi"));
        // The first send landed after all, and so did the resend: the feed shows the message once.
        assertThat(ports.sentNow)
                .hasSize(2)
                .extracting(m -> ((MessagePosted) m).messageId())
                .containsOnly(resent.messageId());
        ports.sentNow.stream().map(MessagePosted.class::cast).forEach(record::onMessagePosted);
        assertThat(ports.feed)
                .filteredOn(VisitorFeedEntry.Message.class::isInstance)
                .hasSize(1);
    }

    @Test
    void aTransferToTheQueueTellsTheVisitorOnceAndALapsedOfferNotAtAll() {
        AgentId alice = AgentId.of("alice");
        // an offer alice let lapse: the visitor never had her, so nothing changes for them
        lifecycle.onLifecycle(new Requeued(UUID.randomUUID(), clock.instant(), TENANT, CHAT, alice, "offer-expired"));
        assertThat(ports.feed).isEmpty();

        lifecycle.onLifecycle(
                new Assigned(UUID.randomUUID(), clock.instant(), TENANT, CHAT, alice, "Alice", AssignmentMethod.CLAIM));
        // routing announces a transfer to the queue as the transfer and the requeue it causes
        lifecycle.onLifecycle(new Transferred(UUID.randomUUID(), clock.instant(), TENANT, CHAT, alice, null, null));
        lifecycle.onLifecycle(new Requeued(UUID.randomUUID(), clock.instant(), TENANT, CHAT, alice, "transferred"));

        assertThat(ports.feed)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("AgentAssigned", "BackInQueue");
        assertThat(ports.loadConversation.load(CHAT))
                .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(ConversationStatus.WAITING));
    }

    @Test
    void queuePlacesAssignmentAndCompletionReachTheFeedAndTheEndIsToldOnce() {
        lifecycle.onLifecycle(new QueuePositionChanged(UUID.randomUUID(), clock.instant(), TENANT, CHAT, 3, 90));
        lifecycle.onLifecycle(new Assigned(
                UUID.randomUUID(),
                clock.instant(),
                TENANT,
                CHAT,
                AgentId.of("alice"),
                "Alice",
                AssignmentMethod.CLAIM));
        lifecycle.onLifecycle(new Completed(UUID.randomUUID(), clock.instant(), TENANT, CHAT, AgentId.of("alice")));
        lifecycle.onLifecycle(new Completed(UUID.randomUUID(), clock.instant(), TENANT, CHAT, AgentId.of("alice")));

        assertThat(ports.feed).hasSize(3);
        assertThat(ports.feed.get(0))
                .isInstanceOfSatisfying(
                        VisitorFeedEntry.QueuePosition.class,
                        q -> assertThat(q.position()).isEqualTo(3));
        assertThat(ports.feed.get(1))
                .isInstanceOfSatisfying(
                        VisitorFeedEntry.AgentAssigned.class,
                        a -> assertThat(a.agentDisplayName()).isEqualTo("Alice"));
        assertThat(ports.feed.get(2)).isInstanceOfSatisfying(VisitorFeedEntry.Ended.class, e -> {
            assertThat(e.how()).isEqualTo(ConversationStatus.COMPLETED);
            assertThat(e.endMessage()).isEqualTo("Thanks for chatting");
            assertThat(e.buttonLabel()).isEqualTo("Back to the bot");
        });
        assertThat(ports.webhooks)
                .singleElement()
                .satisfies(w -> assertThat(w.payload()).isEqualTo(BotWebhookEvent.Payload.LIVECHAT_SESSION_END));
    }

    @Test
    void agentMessagesAreRelayedToBotsThatAskAndEveryMessageResetsTheInactivityTimer() {
        clock.advance(Duration.ofMinutes(59));
        record.onMessagePosted(new MessagePosted(
                UUID.randomUUID(),
                clock.instant(),
                TENANT,
                CHAT,
                MessageId.of("a-1"),
                Sender.AGENT,
                "alice",
                "Alice",
                "How can I help?",
                "en",
                null));
        clock.advance(Duration.ofMinutes(59));

        assertThat(expiry.expireIfSilent(CHAT)).isFalse();
        assertThat(ports.webhooks).singleElement().satisfies(w -> {
            assertThat(w.payload()).isEqualTo(BotWebhookEvent.Payload.LIVECHAT_AGENT_MESSAGE);
            assertThat(w.message().text()).isEqualTo("How can I help?");
        });
    }

    @Test
    void aSilentChatExpiresOnceWithItsEventFeedEntryAndWebhook() {
        clock.advance(Duration.ofMinutes(60));

        assertThat(expiry.due(10)).contains(CHAT);
        assertThat(expiry.expireIfSilent(CHAT)).isTrue();
        assertThat(expiry.expireIfSilent(CHAT)).isFalse();
        lifecycle.onLifecycle((Expired) ports.published.get(0)); // our own event coming back from Kafka

        assertThat(ports.published).singleElement().isInstanceOf(Expired.class);
        assertThat(ports.feed)
                .singleElement()
                .isInstanceOfSatisfying(
                        VisitorFeedEntry.Ended.class, e -> assertThat(e.how()).isEqualTo(ConversationStatus.EXPIRED));
        assertThat(ports.webhooks)
                .singleElement()
                .satisfies(w -> assertThat(w.payload()).isEqualTo(BotWebhookEvent.Payload.LIVECHAT_SESSION_EXPIRED));
    }
}
