package dev.handoff.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.handoff.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first handoff crosses handoff-, routing- and agent-service through the real broker and database. */
class FirstHandoffIT {

    private static final String HANDOFF = "handoff-service";
    private static final String ROUTING = "routing-service";
    private static final String AGENT = "agent-service";
    /** Generous: the consumers may still be joining their groups when the first record arrives. */
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private static Platform platform;

    @BeforeAll
    static void startPlatform() throws IOException {
        platform = Platform.start(HANDOFF, ROUTING, AGENT);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aBotsHandoffIsQueuedAndListedForTheAgentsOfItsTenantOnly() {
        // Own tenant per test: routing's queue position counts across a tenant's conversations.
        enableHandoffs("acme", "acme-bot");
        ExtractableResponse<Response> created = requestHandoff(
                "acme",
                "acme-bot",
                Map.of(
                        "visitor", Map.of("name", "Thandi"),
                        "botHistory",
                                List.of(
                                        Map.of("sender", "bot", "message", "How can I help?"),
                                        Map.of("sender", "user", "message", "I need a human"))));
        String conversationId = created.path("conversationId");
        Instant requestedAt = Instant.parse(created.path("requestedAt"));
        String acmeAgent = TestTokens.agent("alice", "acme", "agent");

        await("routing-service queues " + conversationId)
                .atMost(EVENTUALLY)
                .untilAsserted(() -> assertThat(entryFor(conversationId, get(ROUTING, "/api/v1/queue", acmeAgent)))
                        .containsEntry("position", 1));

        await("agent-service lists " + conversationId)
                .atMost(EVENTUALLY)
                .untilAsserted(() -> assertThat(
                                entryFor(conversationId, get(AGENT, "/api/v1/agent/handoffs/pending", acmeAgent)))
                        .containsEntry("visitorName", "Thandi")
                        .containsEntry("botId", "acme-bot")
                        .containsEntry("preview", "I need a human"));
        Map<String, Object> pending = entryFor(conversationId, get(AGENT, "/api/v1/agent/handoffs/pending", acmeAgent));
        assertThat(Instant.parse((String) pending.get("waitingSince")))
                .isCloseTo(requestedAt, within(1, ChronoUnit.SECONDS));

        // Both services hold the conversation by now, so its absence for another tenant is not a race.
        String otherTenantsAgent = TestTokens.agent("mallory", "globex", "agent", "supervisor");
        assertThat(get(AGENT, "/api/v1/agent/handoffs/pending", otherTenantsAgent))
                .noneMatch(p -> conversationId.equals(p.get("conversationId")));
        assertThat(get(ROUTING, "/api/v1/queue", otherTenantsAgent))
                .noneMatch(q -> conversationId.equals(q.get("conversationId")));
    }

    @Test
    void aVisitorWithoutANameIsListedAsAnonymous() {
        enableHandoffs("umbrella", "umbrella-bot");
        String conversationId = requestHandoff(
                        "umbrella",
                        "umbrella-bot",
                        Map.of(
                                "visitor", Map.of("email", "visitor@umbrella.test"),
                                "botHistory", List.of(Map.of("sender", "user", "message", "Agent please"))))
                .path("conversationId");
        String agent = TestTokens.agent("bob", "umbrella", "agent");

        await("agent-service lists " + conversationId)
                .atMost(EVENTUALLY)
                .untilAsserted(
                        () -> assertThat(entryFor(conversationId, get(AGENT, "/api/v1/agent/handoffs/pending", agent)))
                                .containsEntry("visitorName", "Anonymous")
                                .containsEntry("preview", "Agent please"));
    }

    /** A supervisor switches handoffs on: a bot without settings cannot hand off. */
    private static void enableHandoffs(String tenant, String botId) {
        given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", true))
                .put(platform.url(HANDOFF) + "/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200);
    }

    private static ExtractableResponse<Response> requestHandoff(String tenant, String botId, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.bot(botId + "-client", tenant, botId))
                .contentType(ContentType.JSON)
                .body(body)
                .post(platform.url(HANDOFF) + "/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(201)
                .extract();
    }

    private static List<Map<String, Object>> get(String service, String path, String token) {
        return given().auth()
                .oauth2(token)
                .accept(ContentType.JSON)
                .get(platform.url(service) + path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    /** @return the list's entry for the conversation; fails (and so keeps Awaitility polling) while there is none */
    private static Map<String, Object> entryFor(String conversationId, List<Map<String, Object>> entries) {
        List<Map<String, Object>> matching = entries.stream()
                .filter(e -> conversationId.equals(e.get("conversationId")))
                .toList();
        assertThat(matching)
                .as("entries for conversation %s in %s", conversationId, entries)
                .hasSize(1);
        return matching.get(0);
    }
}
