package dev.handoff.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.ServiceProcess;
import dev.handoff.testinfra.TestTokens;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * handoff-service killed with SIGKILL while agent messages keep coming (decision 0015, issue 13):
 * <ol>
 * <li>its consumers of {@code chat.messages.v1} are static group members named after the process;</li>
 * <li>while it is down a backlog of {@code bench.messages} (5000) piles up beside a steady 20 per second; after the
 * restart it consumes again within 5 s of being ready: with dynamic members (or a name that does not come back) it
 * would wait for the dead member's session, 45 s by default;</li>
 * <li>it drains the backlog into the visitor feeds, each message once and in published order, and the rate is printed
 * (messages over the time between the first and the last consumed, from the inbox's timestamps; measured, not
 * asserted: docs/reliability.md has the numbers);</li>
 * <li>a graceful stop leaves the group at once, not after the 10 s session.</li>
 * </ol>
 */
class ConsumerCrashIT {

    private static final String HANDOFF = "handoff-service";
    private static final String GROUP = "handoff-service-messages";
    private static final String TENANT = "crash";
    private static final String BOT = "crash-bot";
    private static final int CHATS = 20;
    private static final int BACKLOG = Integer.getInteger("bench.messages", 5000);
    private static final Duration RESUME_BUDGET = Duration.ofSeconds(5);
    private static final EventJson EVENTS = new EventJson();

    private static Platform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = Platform.start(HANDOFF);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aKilledConsumerResumesWithinFiveSecondsOfReadyDrainsItsBacklogInOrderAndAGracefulStopLeavesAtOnce()
            throws Exception {
        List<String> chats = openChats();
        Map<String, List<String>> published = new ConcurrentHashMap<>();
        AtomicInteger sequence = new AtomicInteger();
        ScheduledExecutorService steady = Executors.newSingleThreadScheduledExecutor();
        try (KafkaProducer<String, String> producer = producer()) {
            steady.scheduleAtFixedRate(
                    () -> publish(producer, chats, published, sequence), 0, 50, TimeUnit.MILLISECONDS);
            await("the consumer stores messages").atMost(Duration.ofSeconds(60)).until(() -> feedMessages() > 10);
            assertThat(groupMembers())
                    .as("members of " + GROUP)
                    .containsExactlyInAnyOrder(
                            HANDOFF + "-kafka-consumer-messages-0",
                            HANDOFF + "-kafka-consumer-messages-1",
                            HANDOFF + "-kafka-consumer-messages-2");

            platform.process(HANDOFF).kill();
            Instant killed = Instant.now();
            for (int i = 0; i < BACKLOG; i++) {
                publish(producer, chats, published, sequence);
            }
            producer.flush();
            int publishedBeforeRestart = sequence.get();
            ServiceProcess restarted = platform.restart(HANDOFF);
            Instant ready = Instant.now();

            await("consuming after the restart")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> firstConsumedAfter(killed) != null);
            Duration resume = Duration.between(ready, firstConsumedAfter(killed));
            await("the backlog in the feeds")
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> feedMessages() >= publishedBeforeRestart);
            Duration draining = consumedBetween(killed);
            long drained = consumedAfter(killed);
            System.out.printf(
                    "consumer crash: ready %d ms after the kill, consuming %d ms after ready;"
                            + " backlog drained: %d messages in %d ms, %.0f msg/s%n",
                    Duration.between(killed, ready).toMillis(),
                    resume.toMillis(),
                    drained,
                    draining.toMillis(),
                    drained * 1000.0 / Math.max(1, draining.toMillis()));
            assertThat(resume).as("from ready to the first message consumed").isLessThanOrEqualTo(RESUME_BUDGET);

            steady.shutdown();
            assertThat(steady.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            producer.flush();
            int total = sequence.get();
            await("every published message stored")
                    .atMost(Duration.ofMinutes(2))
                    .until(() -> feedMessages() >= total);
            for (String chat : chats) {
                assertThat(feedOf(chat))
                        .as("feed of %s: each message once, in published order", chat)
                        .containsExactlyElementsOf(published.get(chat));
            }

            restarted.close();
            Instant stopped = Instant.now();
            // The session is 10 s: members still there after 3 s have not left, they wait to expire.
            await("the group empty after a graceful stop")
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> groupMembers().isEmpty());
            System.out.printf(
                    "graceful stop: group empty %d ms after the process exited%n",
                    Duration.between(stopped, Instant.now()).toMillis());
        } finally {
            steady.shutdownNow();
        }
    }

    private static List<String> openChats() {
        given().auth()
                .oauth2(TestTokens.agent("carol", TENANT, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", true))
                .put(platform.url(HANDOFF) + "/api/v1/bots/{botId}/settings", BOT)
                .then()
                .statusCode(200);
        List<String> chats = new ArrayList<>();
        for (int i = 0; i < CHATS; i++) {
            chats.add(given().auth()
                    .oauth2(TestTokens.bot(BOT + "-client", TENANT, BOT))
                    .contentType(ContentType.JSON)
                    .body(Map.of("visitor", Map.of("name", "Visitor " + i)))
                    .post(platform.url(HANDOFF) + "/api/v1/bots/{botId}/handoffs", BOT)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("conversationId"));
        }
        return chats;
    }

    /** One agent message for the next chat in turn; the per-chat lists hold the published order. */
    private static synchronized void publish(
            KafkaProducer<String, String> producer,
            List<String> chats,
            Map<String, List<String>> published,
            AtomicInteger sequence) {
        int n = sequence.getAndIncrement();
        String chat = chats.get(n % chats.size());
        String messageId = UUID.randomUUID().toString();
        published.computeIfAbsent(chat, c -> new CopyOnWriteArrayList<>()).add(messageId);
        MessagePosted message = new MessagePosted(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(TENANT),
                ConversationId.of(chat),
                MessageId.of(messageId),
                Sender.AGENT,
                "agent-1",
                "Agent",
                "message " + n,
                "en",
                null);
        producer.send(new ProducerRecord<>(Topics.CHAT_MESSAGES, message.key(), EVENTS.write(message)));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        platform.kafkaBootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        0,
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                        1),
                new StringSerializer(),
                new StringSerializer());
    }

    private static long feedMessages() throws Exception {
        try (Connection db = platform.openDatabase();
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from handoff.visitor_feed v join"
                                + " handoff.conversation c on c.id = v.conversation_id where c.tenant_id = ? and v.kind = 'MESSAGE'")) {
            query.setString(1, TENANT);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Instant firstConsumedAfter(Instant moment) throws Exception {
        try (Connection db = platform.openDatabase();
                PreparedStatement query = db.prepareStatement(
                        "select min(processed_at) from handoff.processed_event where processed_at > ?")) {
            query.setTimestamp(1, Timestamp.from(moment));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp first = row.getTimestamp(1);
                return first == null ? null : first.toInstant();
            }
        }
    }

    private static long consumedAfter(Instant moment) throws Exception {
        try (Connection db = platform.openDatabase();
                PreparedStatement query =
                        db.prepareStatement("select count(*) from handoff.processed_event where processed_at > ?")) {
            query.setTimestamp(1, Timestamp.from(moment));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** From the first to the last event consumed after {@code moment} (each is in the inbox with its time). */
    private static Duration consumedBetween(Instant moment) throws Exception {
        try (Connection db = platform.openDatabase();
                PreparedStatement query = db.prepareStatement(
                        "select min(processed_at), max(processed_at) from handoff.processed_event where processed_at > ?")) {
            query.setTimestamp(1, Timestamp.from(moment));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return Duration.between(
                        row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant());
            }
        }
    }

    private static List<String> feedOf(String chat) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection db = platform.openDatabase();
                PreparedStatement query = db.prepareStatement("select message_id from handoff.visitor_feed"
                        + " where conversation_id = ? and message_id is not null order by sequence")) {
            query.setString(1, chat);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static List<String> groupMembers() throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            return admin
                    .describeConsumerGroups(List.of(GROUP))
                    .describedGroups()
                    .get(GROUP)
                    .get(10, TimeUnit.SECONDS)
                    .members()
                    .stream()
                    .map(MemberDescription::groupInstanceId)
                    .map(id -> id.orElse("(dynamic)"))
                    .toList();
        }
    }
}
