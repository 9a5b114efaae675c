package dev.handoff.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One whole live chat through one origin: a bot hands off, the visitor's socket follows, an agent claims it, both
 * write, the agent completes it and the visitor is told. Used after the hostile-input suite to show that nothing it
 * sent left the platform unable to serve.
 */
final class HandoffRoundTrip {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private HandoffRoundTrip() {}

    /** Runs the chat against {@code origin} in a tenant of its own; fails on the first step that does not work. */
    static void through(String origin, String tenant) {
        String bot = tenant + "-bot";
        String agent = TestTokens.agent("rita", tenant, "agent");
        given().auth()
                .oauth2(TestTokens.agent("sam", tenant, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", true, "endMessage", "Goodbye"))
                .put(origin + "/api/v1/bots/{bot}/settings", bot)
                .then()
                .statusCode(200);
        JsonPath handoff = given().auth()
                .oauth2(TestTokens.bot(bot + "-client", tenant, bot))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "visitor",
                        Map.of("name", "Round Trip"),
                        "botHistory",
                        List.of(Map.of("sender", "user", "message", "Still there?"))))
                .post(origin + "/api/v1/bots/{bot}/handoffs", bot)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String chat = handoff.getString("conversationId");
        try (JsonSocketClient visitor = JsonSocketClient.open(
                URI.create(origin + "/ws/visitor"), "token=" + handoff.getString("visitorToken"))) {
            await("routing queues " + chat)
                    .atMost(EVENTUALLY)
                    .untilAsserted(() -> given().auth()
                            .oauth2(agent)
                            .post(origin + "/api/v1/queue/{id}/claim", chat)
                            .then()
                            .statusCode(200));
            visitor.await("assigned");
            await("agent-service knows who holds " + chat)
                    .atMost(EVENTUALLY)
                    .untilAsserted(() -> given().auth()
                            .oauth2(agent)
                            .contentType(ContentType.JSON)
                            .body(Map.of("clientMessageId", "rt-1", "text", "Yes, I am here"))
                            .post(origin + "/api/v1/agent/chats/{id}/messages", chat)
                            .then()
                            .statusCode(201));
            assertThat(visitor.await(f -> "message".equals(f.path("type").asText())
                                    && "Yes, I am here".equals(f.path("text").asText()))
                            .path("sender")
                            .asText())
                    .isEqualTo("agent");
            visitor.send("{\"type\":\"message\",\"clientMessageId\":\"v-1\",\"text\":\"Thank you\"}");
            visitor.await("ack");
            await("the agent reads the visitor")
                    .atMost(EVENTUALLY)
                    .untilAsserted(() -> assertThat(given().auth()
                                    .oauth2(agent)
                                    .get(origin + "/api/v1/agent/chats/{id}", chat)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asString())
                            .contains("Thank you"));
            given().auth()
                    .oauth2(agent)
                    .post(origin + "/api/v1/agent/chats/{id}/complete", chat)
                    .then()
                    .statusCode(200);
            assertThat(visitor.await("ended").path("message").asText()).isEqualTo("Goodbye");
        }
    }
}
