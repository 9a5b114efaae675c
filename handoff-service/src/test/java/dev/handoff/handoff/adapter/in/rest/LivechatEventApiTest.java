package dev.handoff.handoff.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.handoff.adapter.out.webhook.WebhookSignature;
import dev.handoff.handoff.application.port.in.ExpireSilentChatsUseCase;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.EndProposed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CSML session payloads, HMAC-signed webhooks, and inactivity expiry that happens exactly once. */
@QuarkusTest
@WithTestInfrastructure
class LivechatEventApiTest {
    private static final String TENANT = "demo";
    private static final String SECRET = "webhook-secret-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @Inject
    ExpireSilentChatsUseCase expiry;

    @TestHTTPResource("/ws/visitor")
    URI visitorEndpoint;

    private static String botWithWebhook(WebhookReceiver receiver) {
        String botId = "bot-" + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.agent("carol", TENANT, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body("{\"enabled\":true,\"inactivityTimeoutMinutes\":5,\"webhookUrl\":\"" + receiver.url()
                        + "\",\"webhookSecret\":\"" + SECRET + "\"}")
                .put("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200);
        return botId;
    }

    private static String start(String botId) {
        return startSession(botId).getString("conversationId");
    }

    private static JsonPath startSession(String botId) {
        return given().auth()
                .oauth2(TestTokens.bot("demo-bot", TENANT, botId))
                .contentType(ContentType.JSON)
                .body("{\"payload\":\"LIVECHAT_SESSION_START\",\"session\":{\"visitor\":{\"name\":\"Sipho\"}}}")
                .post("/api/v1/bots/{botId}/livechat", botId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static JsonNode verified(WebhookReceiver.Call call) throws Exception {
        assertThat(call.signature())
                .isEqualTo(WebhookSignature.of(SECRET, Long.parseLong(call.timestamp()), call.body()));
        return JSON.readTree(call.body());
    }

    @Test
    void sessionEndFromTheBotEndsTheChatAndTheWebhookIsSignedAndRetried() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(1)) {
            String botId = botWithWebhook(receiver);
            String chat = start(botId);

            given().auth()
                    .oauth2(TestTokens.bot("demo-bot", TENANT, botId))
                    .contentType(ContentType.JSON)
                    .body("{\"payload\":\"LIVECHAT_SESSION_END\",\"session\":{\"conversationId\":\"" + chat + "\"}}")
                    .post("/api/v1/bots/{botId}/livechat", botId)
                    .then()
                    .statusCode(204);

            kafka.awaitEvent(EndedByVisitor.class, chat);
            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.calls.isEmpty());
            JsonNode body = verified(receiver.calls.get(0));
            assertThat(body.path("payload").asText()).isEqualTo("LIVECHAT_SESSION_END");
            assertThat(body.path("conversationId").asText()).isEqualTo(chat);
            assertThat(body.path("endedBy").asText()).isEqualTo("visitor");
        }
    }

    @Test
    void aSessionStartIsAnnouncedAsACsmlChat() {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String chat = start(botWithWebhook(receiver));

            HandoffRequested requested = kafka.awaitEvent(HandoffRequested.class, chat);
            assertThat(requested.channel()).isEqualTo(Channel.CSML);
            assertThat(requested.visitor().name()).isEqualTo("Sipho");
        }
    }

    @Test
    void aSessionEndForAnotherBotsConversationIs404AndAnUnknownPayloadIs400() {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String chat = start(botWithWebhook(receiver));
            String otherBot = botWithWebhook(receiver);
            given().auth()
                    .oauth2(TestTokens.bot("demo-bot", TENANT, otherBot))
                    .contentType(ContentType.JSON)
                    .body("{\"payload\":\"LIVECHAT_SESSION_END\",\"session\":{\"conversationId\":\"" + chat + "\"}}")
                    .post("/api/v1/bots/{botId}/livechat", otherBot)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(TestTokens.bot("demo-bot", TENANT, otherBot))
                    .contentType(ContentType.JSON)
                    .body("{\"payload\":\"LIVECHAT_SESSION_PAUSE\",\"session\":{}}")
                    .post("/api/v1/bots/{botId}/livechat", otherBot)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aSilentChatExpiresExactlyOnceEvenWhenReplicasRaceAndTheBotIsTold() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String chat = start(botWithWebhook(receiver));
            // Six minutes of silence: the bot's timeout is five.
            execute("update conversation set last_activity_at = now() - interval '6 minutes' where id = ?", chat);

            ExecutorService replicas = Executors.newFixedThreadPool(8);
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> expiry.expireIfSilent(ConversationId.of(chat)));
            }
            long winners = 0;
            for (Future<Boolean> attempt : replicas.invokeAll(attempts)) {
                winners += attempt.get() ? 1 : 0;
            }
            replicas.shutdown();

            // This JVM's own expiry sweep (every second in tests) is a ninth racer and may win: then none of these
            // does.
            assertThat(winners).isLessThanOrEqualTo(1);
            assertThat(status(chat)).isEqualTo("EXPIRED");
            assertThat(count("select count(*) from visitor_feed where conversation_id = ? and kind = 'ENDED'", chat))
                    .isEqualTo(1);
            Expired expired = kafka.awaitEvent(Expired.class, chat);
            assertThat(expired.conversationId().value()).isEqualTo(chat);
            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.calls.isEmpty());
            assertThat(verified(receiver.calls.get(0)).path("payload").asText()).isEqualTo("LIVECHAT_SESSION_EXPIRED");
            assertThat(count("select count(*) from webhook_delivery where conversation_id = ?", chat))
                    .isEqualTo(1);
        }
    }

    @Test
    void theSchedulerExpiresSilentChatsOnItsOwnAndTheVisitorIsTold() throws SQLException {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            JsonPath session = startSession(botWithWebhook(receiver));
            String chat = session.getString("conversationId");
            String lively = start(botWithWebhook(receiver));
            try (JsonSocketClient visitor =
                    JsonSocketClient.open(visitorEndpoint, "token=" + session.getString("visitorToken"))) {
                visitor.send("{\"type\":\"ping\"}");
                visitor.await("pong");
                execute("update conversation set last_activity_at = now() - interval '6 minutes' where id = ?", chat);

                JsonNode expired = visitor.await("expired");
                assertThat(expired.path("message").asText()).isNotBlank();
                assertThat(status(chat)).isEqualTo("EXPIRED");
            }
            assertThat(status(lively)).isEqualTo("WAITING");
        }
    }

    @Test
    void botsThatRelayAgentMessagesReceiveThemSigned() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String botId = "bot-" + UUID.randomUUID();
            given().auth()
                    .oauth2(TestTokens.agent("carol", TENANT, "agent", "supervisor"))
                    .contentType(ContentType.JSON)
                    .body("{\"enabled\":true,\"relayAgentMessages\":true,\"webhookUrl\":\"" + receiver.url()
                            + "\",\"webhookSecret\":\"" + SECRET + "\"}")
                    .put("/api/v1/bots/{botId}/settings", botId)
                    .then()
                    .statusCode(200);
            String chat = start(botId);
            MessagePosted said = new MessagePosted(
                    UUID.randomUUID(),
                    Instant.now(),
                    TenantId.of(TENANT),
                    ConversationId.of(chat),
                    MessageId.of(UUID.randomUUID().toString()),
                    Sender.AGENT,
                    "alice",
                    "Alice",
                    "Your refund is on its way",
                    "en",
                    new Translation("af", "Jou terugbetaling is oppad"));
            kafka.send(Topics.CHAT_MESSAGES, chat, new EventJson().write(said));

            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.calls.isEmpty());
            JsonNode body = verified(receiver.calls.get(0));
            assertThat(body.path("payload").asText()).isEqualTo("LIVECHAT_AGENT_MESSAGE");
            assertThat(body.path("message").path("agentName").asText()).isEqualTo("Alice");
            assertThat(body.path("message").path("text").asText()).isEqualTo("Your refund is on its way");
            assertThat(body.path("message").path("translatedText").asText()).isEqualTo("Jou terugbetaling is oppad");
        }
    }

    @Test
    void anAgentsProposalToEndReachesARelayingBotAsTheEndMessageWithACsmlEndButtonAndItsClickEndsTheChat()
            throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String botId = "bot-" + UUID.randomUUID();
            given().auth()
                    .oauth2(TestTokens.agent("carol", TENANT, "agent", "supervisor"))
                    .contentType(ContentType.JSON)
                    .body("{\"enabled\":true,\"relayAgentMessages\":true,\"endMessage\":\"All sorted?\","
                            + "\"endButtonLabel\":\"Yes, end chat\",\"webhookUrl\":\"" + receiver.url()
                            + "\",\"webhookSecret\":\"" + SECRET + "\"}")
                    .put("/api/v1/bots/{botId}/settings", botId)
                    .then()
                    .statusCode(200);
            String chat = start(botId);
            EventJson events = new EventJson();
            Assigned assigned = new Assigned(
                    UUID.randomUUID(),
                    Instant.now(),
                    TenantId.of(TENANT),
                    ConversationId.of(chat),
                    AgentId.of("alice"),
                    "Alice",
                    AssignmentMethod.CLAIM);
            kafka.send(Topics.CONVERSATION_LIFECYCLE, chat, events.write(assigned));
            EndProposed proposed = new EndProposed(
                    UUID.randomUUID(),
                    Instant.now().plusMillis(1),
                    TenantId.of(TENANT),
                    ConversationId.of(chat),
                    AgentId.of("alice"),
                    "Alice");
            kafka.send(Topics.CONVERSATION_LIFECYCLE, chat, events.write(proposed));

            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.calls.isEmpty());
            JsonNode body = verified(receiver.calls.get(0));
            assertThat(body.path("payload").asText()).isEqualTo("LIVECHAT_AGENT_MESSAGE");
            assertThat(body.path("message").path("agentName").asText()).isEqualTo("Alice");
            assertThat(body.path("message").path("text").asText()).isEqualTo("All sorted?");
            assertThat(body.path("message").path("button").path("title").asText())
                    .isEqualTo("Yes, end chat");
            assertThat(body.path("message").path("button").path("payload").asText())
                    .isEqualTo("LIVECHAT_SESSION_END");
            assertThat(status(chat)).isEqualTo("ASSIGNED");

            // the visitor clicks: the bot sends the button's payload back
            given().auth()
                    .oauth2(TestTokens.bot("demo-bot", TENANT, botId))
                    .contentType(ContentType.JSON)
                    .body("{\"payload\":\"LIVECHAT_SESSION_END\",\"session\":{\"conversationId\":\"" + chat + "\"}}")
                    .post("/api/v1/bots/{botId}/livechat", botId)
                    .then()
                    .statusCode(204);
            kafka.awaitEvent(EndedByVisitor.class, chat);
            assertThat(status(chat)).isEqualTo("ENDED_BY_VISITOR");
        }
    }

    private static void execute(String sql, String id) throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }

    private static long count(String sql, String id) throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String status(String id) throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("select status from conversation where id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static Connection connection() throws SQLException {
        Connection c = DriverManager.getConnection(
                InfrastructureTestResource.jdbcUrl(),
                InfrastructureTestResource.jdbcUsername(),
                InfrastructureTestResource.jdbcPassword());
        c.createStatement().execute("set search_path to handoff");
        return c;
    }
}
