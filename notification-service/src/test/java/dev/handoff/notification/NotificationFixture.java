package dev.handoff.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.MutableClock;
import dev.handoff.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/** One tenant of a notification test: its settings, agents and conversations, driven through Kafka and REST. */
public final class NotificationFixture implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(30);

    public final TenantId tenant;
    private final MutableClock clock;
    private final KafkaTopics kafka = new KafkaTopics();

    public NotificationFixture(String tenantPrefix, MutableClock clock) {
        this.tenant =
                TenantId.of(tenantPrefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        this.clock = clock;
    }

    public String supervisorToken() {
        return TestTokens.agent("sam", tenant.value(), "agent", "supervisor");
    }

    /** An agent's token as Keycloak gives it: with {@code email} and, when given, {@code locale}. */
    public String agentToken(String agent, String locale, String... roles) {
        Map<String, Object> claims =
                locale == null ? Map.of("email", email(agent)) : Map.of("email", email(agent), "locale", locale);
        return TestTokens.agentWith(agent, tenant.value(), claims, roles.length == 0 ? new String[] {"agent"} : roles);
    }

    public String email(String agent) {
        return agent + "@" + tenant.value() + ".example";
    }

    public void recipients(String... emails) {
        given().auth()
                .oauth2(supervisorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("emails", List.of(emails)))
                .put("/api/v1/notifications/recipients")
                .then()
                .statusCode(200);
    }

    /** Replaces the tenant's settings with the JSON given (unset members: the defaults). */
    public void settings(String json) {
        given().auth()
                .oauth2(supervisorToken())
                .contentType(ContentType.JSON)
                .body(json)
                .put("/api/v1/notifications/settings")
                .then()
                .statusCode(200);
    }

    /** The agent opens the console: their preferences are read, which records their address from the token. */
    public void agentOpensConsole(String token) {
        given().auth()
                .oauth2(token)
                .get("/api/v1/notifications/preferences")
                .then()
                .statusCode(200);
    }

    public ConversationId request(String visitor, String lastWords) {
        return request(visitor, lastWords, "sales-bot", null, clock.instant());
    }

    /** A bot hands a visitor over at {@code at}; the request is not queued yet. */
    public ConversationId request(String visitor, String lastWords, String bot, String team, Instant at) {
        ConversationId id = ConversationId.random();
        send(new HandoffRequested(
                UUID.randomUUID(),
                at,
                tenant,
                id,
                BotId.of(bot),
                new VisitorInfo(visitor, null, null, Map.of()),
                List.of(new HistoryEntry(Sender.VISITOR, lastWords, null)),
                "en",
                team == null ? null : TeamId.of(team),
                0,
                null,
                "Sales Helper",
                null));
        return id;
    }

    /** A request that routing queued at once. */
    public ConversationId queuedRequest(String visitor, String lastWords) {
        ConversationId id = request(visitor, lastWords);
        queued(id, 1, 60);
        return id;
    }

    public void queued(ConversationId id, int position, long waitSeconds) {
        send(new Queued(
                UUID.randomUUID(), clock.instant(), tenant, id, BotId.of("sales-bot"), null, 0, position, waitSeconds));
    }

    public void assigned(ConversationId id, String agent) {
        send(new Assigned(
                UUID.randomUUID(), clock.instant(), tenant, id, AgentId.of(agent), agent, AssignmentMethod.CLAIM));
    }

    public void presence(String agent, PresenceStatus status) {
        send(new PresenceChanged(
                UUID.randomUUID(), clock.instant(), tenant, AgentId.of(agent), agent, status, 0, List.of(), List.of()));
    }

    /** The visitor writes; returns where the message went on Kafka. */
    public RecordMetadata visitorWrites(ConversationId id, String text) {
        return send(message(id, Sender.VISITOR, null, text));
    }

    public void agentWrites(ConversationId id, String agent, String text) {
        send(message(id, Sender.AGENT, agent, text));
    }

    /** A new message in the chat, by {@code agent} (or nobody) as {@code sender}, to send once or more. */
    public MessagePosted message(ConversationId id, Sender sender, String agent, String text) {
        return new MessagePosted(
                UUID.randomUUID(),
                clock.instant(),
                tenant,
                id,
                MessageId.of(UUID.randomUUID().toString()),
                sender,
                agent,
                agent,
                text,
                null,
                null);
    }

    /** A chat alice holds, alice known with her address, and in {@code presence}. */
    public ConversationId chatOfAlice(PresenceStatus presence) {
        agentOpensConsole(agentToken("alice", null));
        presence("alice", presence);
        awaitPresence("alice", presence);
        return assignedToAlice(queuedRequest("Thabo", "my parcel"));
    }

    /**
     * Alice takes the request. The request and its assignment come on different topics: the request is awaited first,
     * else the assignment could be seen first and the chat would never have been waiting.
     */
    public ConversationId assignedToAlice(ConversationId id) {
        awaitLogged(id, "STILL_WAITING", "SCHEDULED");
        assigned(id, "alice");
        awaitLogged(id, "STILL_WAITING", "CANCELLED");
        return id;
    }

    public RecordMetadata send(IntegrationEvent event) {
        return kafka.publish(event);
    }

    /**
     * Waits until the consumer group has committed past {@code record}: the service has handled it, whether or not
     * that left anything to see.
     */
    public static void awaitHandled(RecordMetadata record, String group) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, InfrastructureTestResource.kafkaBootstrapServers()))) {
            await(group + " past " + record).atMost(WAIT).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    /** Waits until this service knows the agent's presence as {@code status}. */
    public void awaitPresence(String agent, PresenceStatus status) {
        await(agent + " " + status)
                .atMost(WAIT)
                .until(() -> given().auth()
                                .oauth2(supervisorToken())
                                .get("/api/v1/notifications/agents")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("findAll { it.agentId == '" + agent + "' && it.presence == '" + status + "' }")
                                .size()
                        == 1);
    }

    /** The conversation's notification log, newest first. */
    public JsonPath log(ConversationId id) {
        return given().auth()
                .oauth2(supervisorToken())
                .queryParam("conversationId", id.value())
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Waits until the conversation's notification of {@code kind} has {@code status}; returns its log entry. */
    public Map<String, Object> awaitLogged(ConversationId id, String kind, String status) {
        return await(kind + " of " + id + " " + status)
                .atMost(WAIT)
                .until(
                        () -> {
                            DueJobs.current().runNow();
                            return entry(id, kind);
                        },
                        e -> e != null && status.equals(e.get("status")));
    }

    /** The newest log entry of {@code kind} about the conversation, or null. */
    public Map<String, Object> entry(ConversationId id, String kind) {
        List<Map<String, Object>> entries = log(id).getList("findAll { it.kind == '" + kind + "' }");
        return entries.isEmpty() ? null : entries.get(0);
    }

    /** The mails of {@code kind} about the conversation received so far. */
    public static List<MailContent> mails(ConversationId id, String kind) {
        return InfrastructureTestResource.mailbox().messages().stream()
                .map(MailContent::of)
                .filter(m -> id.value().equals(m.conversationId()) && kind.equals(m.kind()))
                .toList();
    }

    /** Waits until at least {@code count} mails of {@code kind} about the conversation arrived. */
    public static List<MailContent> awaitMails(ConversationId id, String kind, int count) {
        return await(count + " " + kind + " mail(s) about " + id)
                .atMost(WAIT)
                .until(
                        () -> {
                            DueJobs.current().runNow();
                            return mails(id, kind);
                        },
                        mails -> mails.size() >= count);
    }

    /** The received mails of the conversation to {@code address}. */
    public static List<MailContent> mailsTo(ConversationId id, String kind, String address) {
        return mails(id, kind).stream().filter(m -> m.to().contains(address)).toList();
    }

    @Override
    public void close() {
        kafka.close();
    }
}
