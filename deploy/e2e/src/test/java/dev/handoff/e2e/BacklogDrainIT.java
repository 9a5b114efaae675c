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
import dev.handoff.testinfra.TestTokens;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How fast a restarted handoff-service drains a backlog of chat messages into the visitor feeds (issue 13: at least
 * 500 per second). While the service is down, agent messages for {@code bench.chats} live chats pile up on
 * {@code chat.messages.v1}; after the restart the test waits until every one is in its chat's feed, checks each is
 * there once and in the order it was published, and prints the rate: messages divided by the time between the first
 * and the last one consumed (the inbox's timestamps). The rate is printed, not asserted (it depends on the machine);
 * docs/reliability.md has the measured numbers.
 */
class BacklogDrainIT {

    private static final String HANDOFF = "handoff-service";
    private static final String TENANT = "drain";
    private static final String BOT = "drain-bot";
    private static final int CHATS = Integer.getInteger("bench.chats", 20);
    private static final int MESSAGES = Integer.getInteger("bench.messages", 5000);
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
    void aRestartedServiceDrainsTheBacklogIntoTheFeedsOnceAndInOrder() throws Exception {
        given().auth().oauth2(TestTokens.agent("carol", TENANT, "agent", "supervisor")).contentType(ContentType.JSON)
                .body(Map.of("enabled", true)).put(platform.url(HANDOFF) + "/api/v1/bots/{botId}/settings", BOT)
                .then().statusCode(200);
        List<String> chats = new ArrayList<>();
        for (int i = 0; i < CHATS; i++) {
            chats.add(given().auth().oauth2(TestTokens.bot(BOT + "-client", TENANT, BOT)).contentType(ContentType.JSON)
                    .body(Map.of("visitor", Map.of("name", "Visitor " + i)))
                    .post(platform.url(HANDOFF) + "/api/v1/bots/{botId}/handoffs", BOT)
                    .then().statusCode(201).extract().path("conversationId"));
        }
        platform.process(HANDOFF).kill();

        Map<String, List<String>> published = new HashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < MESSAGES; i++) {
                String chat = chats.get(i % CHATS);
                String messageId = UUID.randomUUID().toString();
                published.computeIfAbsent(chat, c -> new ArrayList<>()).add(messageId);
                MessagePosted message = new MessagePosted(UUID.randomUUID(), Instant.now(), TenantId.of(TENANT),
                        ConversationId.of(chat), MessageId.of(messageId), Sender.AGENT, "agent-1", "Agent",
                        "backlog message " + i, "en", null);
                producer.send(new ProducerRecord<>(Topics.CHAT_MESSAGES, message.key(), EVENTS.write(message)));
            }
            producer.flush();
        }
        Instant restarting = Instant.now();
        platform.restart(HANDOFF);
        Instant ready = Instant.now();

        await("the whole backlog in the feeds").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> feedMessages() >= MESSAGES);
        Duration draining = consumingTime();
        double rate = MESSAGES * 1000.0 / Math.max(1, draining.toMillis());
        System.out.printf("backlog drain: %d messages in %d chats, restart to ready %d ms, consumed in %d ms: %.0f msg/s%n",
                MESSAGES, CHATS, Duration.between(restarting, ready).toMillis(), draining.toMillis(), rate);

        for (String chat : chats) {
            assertThat(feedOf(chat)).as("feed of %s: each message once, in published order", chat)
                    .containsExactlyElementsOf(published.get(chat));
        }
    }

    private static long feedMessages() throws Exception {
        try (Connection db = platform.openDatabase();
             PreparedStatement query = db.prepareStatement("select count(*) from handoff.visitor_feed v join"
                     + " handoff.conversation c on c.id = v.conversation_id where c.tenant_id = ? and v.kind = 'MESSAGE'")) {
            query.setString(1, TENANT);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** From the first to the last event the restarted service consumed (each is in the inbox with its time). */
    private static Duration consumingTime() throws Exception {
        try (Connection db = platform.openDatabase();
             PreparedStatement query = db.prepareStatement(
                     "select min(processed_at), max(processed_at) from handoff.processed_event");
             ResultSet row = query.executeQuery()) {
            row.next();
            return Duration.between(row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant());
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
}
