package dev.handoff.agent.adapter.in.rest;

import static io.restassured.RestAssured.given;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.KafkaTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Live chats of one tenant driven over Kafka as bots, routing and visitors would, for the API tests. */
public final class LiveChatFixture {
    /** Generous: the first events of a run wait for the consumer group to pick up freshly created topics. */
    public static final Duration WAIT = Duration.ofSeconds(60);

    public static final Instant ASKED_AT = Instant.parse("2026-11-23T09:59:30Z");
    private static final BotId BOT = BotId.of("support-bot");

    private final KafkaTopics kafka;
    public final TenantId tenant;

    public LiveChatFixture(KafkaTopics kafka, String tenant) {
        this.kafka = kafka;
        this.tenant = TenantId.of(tenant);
    }

    /** A tenant of its own, so tests never see each other's chats. */
    public static LiveChatFixture newTenant(KafkaTopics kafka) {
        return new LiveChatFixture(kafka, "t-" + UUID.randomUUID().toString().substring(0, 13));
    }

    public static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The bot hands Thandi over (with two lines of bot history) and routing queues her. */
    public ConversationId pending(String name) {
        return pending(name, "en-ZA");
    }

    /** As above, for a visitor whose browser reads {@code visitorLocale}. */
    public ConversationId pending(String name, String visitorLocale) {
        ConversationId id = ConversationId.of(tenant.value() + "-" + name);
        send(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                tenant,
                id,
                BOT,
                new VisitorInfo("Thandi Mokoena", "thandi@example.com", visitorLocale, Map.of("plan", "premium")),
                List.of(
                        new HistoryEntry(Sender.VISITOR, "I was charged twice for " + name, ASKED_AT),
                        new HistoryEntry(Sender.BOT, "Let me connect you with our billing team.", null)),
                "en",
                null,
                0,
                "visitor asked for a human",
                "Billing Helper",
                "https://cdn.example.com/billing.png"));
        send(new Queued(UUID.randomUUID(), Instant.now(), tenant, id, BOT, null, 0, 1, 60));
        return id;
    }

    /** A pending chat that routing then gives to {@code agent}. */
    public ConversationId assigned(String name, String agent) {
        ConversationId id = pending(name);
        assign(id, agent);
        return id;
    }

    public void assign(ConversationId id, String agent) {
        send(new Assigned(
                UUID.randomUUID(), Instant.now(), tenant, id, AgentId.of(agent), agent, AssignmentMethod.CLAIM));
    }

    /** What routing publishes for a transfer to another agent. */
    public void transfer(ConversationId id, String from, String to) {
        send(new Transferred(UUID.randomUUID(), Instant.now(), tenant, id, AgentId.of(from), AgentId.of(to), null));
        assign(id, to);
    }

    /** A chat of a visitor reading {@code visitorLocale}, which routing gives to {@code agent}. */
    public ConversationId assigned(String name, String agent, String visitorLocale) {
        ConversationId id = pending(name, visitorLocale);
        assign(id, agent);
        return id;
    }

    /** The visitor writes; returns the message id. */
    public String visitorWrites(ConversationId id, String text) {
        return visitorWrites(id, text, "en");
    }

    /** The visitor writes in {@code language} (null: not known to the widget); returns the message id. */
    public String visitorWrites(ConversationId id, String text, String language) {
        String messageId = UUID.randomUUID().toString();
        send(new MessagePosted(
                UUID.randomUUID(),
                Instant.now(),
                tenant,
                id,
                MessageId.of(messageId),
                Sender.VISITOR,
                null,
                null,
                text,
                language,
                null));
        return messageId;
    }

    public void visitorTyping(ConversationId id, boolean typing) {
        send(new Typing(UUID.randomUUID(), Instant.now(), tenant, id, Sender.VISITOR, typing));
    }

    public void endByVisitor(ConversationId id) {
        send(new EndedByVisitor(UUID.randomUUID(), Instant.now(), tenant, id));
    }

    /** Waits until the agent with {@code token} sees the chat. */
    public static void awaitChat(String token, ConversationId id) {
        awaitStatus(token, id, 200);
    }

    /** Waits until GET of the chat answers {@code status} for this token. */
    public static void awaitStatus(String token, ConversationId id, int status) {
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/v1/agent/chats/{id}", id.value())
                        .then()
                        .statusCode(status));
    }

    private void send(IntegrationEvent event) {
        kafka.publish(event);
    }
}
