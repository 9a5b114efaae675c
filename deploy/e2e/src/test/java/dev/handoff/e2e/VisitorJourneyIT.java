package dev.handoff.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.shared.event.Topics;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.NodeSocketIoClient;
import dev.handoff.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A visitor's whole live chat, on the native socket and with the real npm Socket.IO 3.1.3 client, across two
 * handoff-service replicas, with a real agent working through routing- and agent-service. Only one replica consumes each partition, so of two tabs on
 * different replicas at least one is served across replicas (PostgreSQL NOTIFY); a reconnect to the other replica
 * gets what it missed.
 */
class VisitorJourneyIT {
    private static final String TENANT = "initech";
    private static final String BOT = "initech-bot";
    private static final String ROUTING = "routing-service";
    private static final String AGENT = "agent-service";
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static Platform platform;

    @BeforeAll
    static void startPlatform() throws IOException {
        Platform.Builder builder = Platform.builder()
                .topic(Topics.CHAT_MESSAGES, 2)
                .topic(Topics.CONVERSATION_LIFECYCLE, 2)
                .service("handoff-a", "handoff-service", Map.of())
                .service("handoff-b", "handoff-service", Map.of())
                .service(ROUTING)
                .service(AGENT);
        platform = builder.start();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private static JsonSocketClient tab(String replica, String token, long after) {
        return JsonSocketClient.open(
                URI.create(platform.url(replica) + "/ws/visitor"), "token=" + token + "&after=" + after);
    }

    @Test
    void aVisitorTalksToAnAgentAcrossReplicasAndMissesNothing() {
        String alice = TestTokens.agent("alice", TENANT, "agent");
        given().auth()
                .oauth2(TestTokens.agent("carol", TENANT, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", true, "endMessage", "Thanks for visiting", "endButtonLabel", "Back"))
                .put(platform.url("handoff-a") + "/api/v1/bots/{botId}/settings", BOT)
                .then()
                .statusCode(200);
        JsonPath handoff = given().auth()
                .oauth2(TestTokens.bot(BOT + "-client", TENANT, BOT))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "visitor",
                        Map.of("name", "Peter"),
                        "botHistory",
                        List.of(Map.of("sender", "user", "message", "TPS reports?"))))
                .post(platform.url("handoff-b") + "/api/v1/bots/{botId}/handoffs", BOT)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String chat = handoff.getString("conversationId");
        String token = handoff.getString("visitorToken");

        // The tab on B is closed halfway through, on purpose; the tab on A stays until the end.
        JsonSocketClient onB = tab("handoff-b", token, 0);
        try (JsonSocketClient onA = tab("handoff-a", token, 0)) {
            await("routing queues " + chat)
                    .atMost(EVENTUALLY)
                    .untilAsserted(() -> given().auth()
                            .oauth2(alice)
                            .post(platform.url(ROUTING) + "/api/v1/queue/{id}/claim", chat)
                            .then()
                            .statusCode(200));
            assertThat(onA.await("assigned").path("agentName").asText()).isNotBlank();
            onB.await("assigned");

            await("agent-service knows alice holds " + chat)
                    .atMost(EVENTUALLY)
                    .untilAsserted(() -> given().auth()
                            .oauth2(alice)
                            .contentType(ContentType.JSON)
                            .body(Map.of("clientMessageId", "a-1", "text", "Hi Peter, Alice here"))
                            .post(platform.url(AGENT) + "/api/v1/agent/chats/{id}/messages", chat)
                            .then()
                            .statusCode(201));
            assertThat(onA.await("message").path("text").asText()).isEqualTo("Hi Peter, Alice here");
            long seen = onB.await(f -> "message".equals(f.path("type").asText())
                            && "Hi Peter, Alice here".equals(f.path("text").asText()))
                    .path("sequence")
                    .asLong();

            onA.send("{\"type\":\"message\",\"clientMessageId\":\"p-1\",\"text\":\"Yes, about the cover sheets\"}");
            onA.await("ack");
            await("alice reads the visitor's message")
                    .atMost(EVENTUALLY)
                    .untilAsserted(() -> assertThat(given().auth()
                                    .oauth2(alice)
                                    .get(platform.url(AGENT) + "/api/v1/agent/chats/{id}", chat)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asString())
                            .contains("Yes, about the cover sheets"));

            onB.close();
            onB = null;
            for (String text : List.of("Did you get the memo?", "I will send another copy.")) {
                given().auth()
                        .oauth2(alice)
                        .contentType(ContentType.JSON)
                        .body(Map.of("clientMessageId", "a-" + text.hashCode(), "text", text))
                        .post(platform.url(AGENT) + "/api/v1/agent/chats/{id}/messages", chat)
                        .then()
                        .statusCode(201);
            }
            onA.await(f -> "I will send another copy.".equals(f.path("text").asText()));

            try (JsonSocketClient backOnB = tab("handoff-b", token, seen)) {
                List<String> missed = List.of(nextMessage(backOnB), nextMessage(backOnB), nextMessage(backOnB));
                assertThat(missed)
                        .containsExactly(
                                "Yes, about the cover sheets", "Did you get the memo?", "I will send another copy.");

                given().auth()
                        .oauth2(alice)
                        .post(platform.url(AGENT) + "/api/v1/agent/chats/{id}/complete", chat)
                        .then()
                        .statusCode(200);
                JsonNode ended = backOnB.await("ended");
                assertThat(ended.path("message").asText()).isEqualTo("Thanks for visiting");
                assertThat(onA.await("ended").path("buttonLabel").asText()).isEqualTo("Back");
            }
        } finally {
            if (onB != null) {
                onB.close();
            }
        }
    }

    @Test
    void aBotlhaleSocketIoClientTalksToAnAgentWorkingThroughTheRealApis() {
        String tenant = "hooli";
        String bot = "hooli-bot";
        String origin = "https://shop.hooli.test";
        String alice = TestTokens.agent("alice", tenant, "agent");
        given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "enabled",
                        true,
                        "socketIoEnabled",
                        true,
                        "allowedOrigins",
                        List.of(origin),
                        "endMessage",
                        "Bye from Hooli"))
                .put(platform.url("handoff-a") + "/api/v1/bots/{botId}/settings", bot)
                .then()
                .statusCode(200);
        String chat = "sio-" + System.nanoTime();
        Path clientDir = Path.of(System.getProperty("e2e.projectRoot", "../.."))
                .resolve("handoff-service/src/test/socketio-client");

        try (NodeSocketIoClient visitor = NodeSocketIoClient.start(clientDir)) {
            visitor.connect(3, "websocket", URI.create(platform.url("handoff-b") + "/"), "/live_agent", origin);
            visitor.awaitEvent("startConversation");
            handOffAndGreet(visitor, alice, chat, bot, "Where is my order?", "Alice here, let me look");

            visitor.emit("from_user", Map.of("message", "Order 42", "ConversationID", chat, "BotID", bot));
            await("alice reads the visitor's message")
                    .atMost(EVENTUALLY)
                    .untilAsserted(() -> assertThat(given().auth()
                                    .oauth2(alice)
                                    .get(platform.url(AGENT) + "/api/v1/agent/chats/{id}", chat)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asString())
                            .contains("Order 42", "Where is my order?"));

            given().auth()
                    .oauth2(alice)
                    .post(platform.url(AGENT) + "/api/v1/agent/chats/{id}/complete", chat)
                    .then()
                    .statusCode(200);
            visitor.awaitEvent(
                    "to_user", e -> "Bye from Hooli".equals(e.path("message").asText()));
            visitor.awaitEvent("disconnect_socket");
        }
    }

    /**
     * The Botlhale client with its default transports, long-polling first, behind a balancer that sends every request
     * to the other replica in turn: the replica that did not open the session hands each request to the one that did
     * (docs/decisions 0021). Without that, the second request would get "Session ID unknown" and the client would
     * drop.
     */
    @ParameterizedTest
    @ValueSource(strings = {"polling", "polling-upgrade"})
    void aSocketIoClientKeepsItsSessionBehindABalancerWithoutAffinity(String transport) throws Exception {
        String tenant = "umbrella-" + transport;
        String bot = tenant + "-bot";
        String origin = "https://shop.umbrella.test";
        String alice = TestTokens.agent("alice", tenant, "agent");
        given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", true, "socketIoEnabled", true, "allowedOrigins", List.of(origin)))
                .put(platform.url("handoff-a") + "/api/v1/bots/{botId}/settings", bot)
                .then()
                .statusCode(200);
        String chat = "rr-" + transport + "-" + System.nanoTime();
        Path clientDir = Path.of(System.getProperty("e2e.projectRoot", "../.."))
                .resolve("handoff-service/src/test/socketio-client");

        try (RoundRobinBalancer balancer =
                        RoundRobinBalancer.start(List.of(platform.url("handoff-a"), platform.url("handoff-b")));
                NodeSocketIoClient visitor = NodeSocketIoClient.start(clientDir)) {
            visitor.connect(4, transport, balancer.url(), "/live_agent", origin);
            visitor.awaitEvent("startConversation");
            if (transport.equals("polling-upgrade")) {
                visitor.awaitReport(r -> "upgrade".equals(r.path("kind").asText()));
            }
            handOffAndGreet(visitor, alice, chat, bot, "Is anyone there?", "Alice here");
            for (int i = 1; i <= 3; i++) {
                visitor.emit("from_user", Map.of("message", "Question " + i, "ConversationID", chat, "BotID", bot));
            }
            await("alice reads the visitor's messages")
                    .atMost(EVENTUALLY)
                    .untilAsserted(() -> assertThat(given().auth()
                                    .oauth2(alice)
                                    .get(platform.url(AGENT) + "/api/v1/agent/chats/{id}", chat)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asString())
                            .contains("Question 1", "Question 3"));

            assertThat(visitor.disconnected()).as("the client kept its session").isFalse();
            assertThat(balancer.requestsPerBackend().values())
                    .as("requests per replica")
                    .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
        }
    }

    /** The visitor joins and asks for a human; alice claims the chat and greets them, and the greeting arrives. */
    private static void handOffAndGreet(
            NodeSocketIoClient visitor, String alice, String chat, String bot, String question, String greeting) {
        visitor.emit("username", Map.of("ConversationID", chat, "BotID", bot));
        visitor.awaitEvent("messages");
        visitor.emit(
                "messages_to_client",
                Map.of("bot_id", bot, "messages", List.of(Map.of("sender", "user", "message", question))));
        await("routing queues " + chat)
                .atMost(EVENTUALLY)
                .untilAsserted(() -> given().auth()
                        .oauth2(alice)
                        .post(platform.url(ROUTING) + "/api/v1/queue/{id}/claim", chat)
                        .then()
                        .statusCode(200));
        await("agent-service knows alice holds " + chat)
                .atMost(EVENTUALLY)
                .untilAsserted(() -> given().auth()
                        .oauth2(alice)
                        .contentType(ContentType.JSON)
                        .body(Map.of("clientMessageId", chat + "-greeting", "text", greeting))
                        .post(platform.url(AGENT) + "/api/v1/agent/chats/{id}/messages", chat)
                        .then()
                        .statusCode(201));
        visitor.awaitEvent("to_user", e -> greeting.equals(e.path("message").asText()));
    }

    private static String nextMessage(JsonSocketClient tab) {
        return tab.await("message").path("text").asText();
    }
}
