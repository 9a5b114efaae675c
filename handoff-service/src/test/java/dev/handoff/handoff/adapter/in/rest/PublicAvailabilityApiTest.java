package dev.handoff.handoff.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, point 7: the public availability of a bot, for web widgets: no credentials, open or closed with the next
 * opening from the bot's settings, agents online from their presence reports, cacheable (ETag, 304), limited per
 * client. The test profile allows a burst of 30 a client; the limit test runs last, as every request here comes from
 * one address.
 */
@QuarkusTest
@WithTestInfrastructure
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicAvailabilityApiTest {
    private static final String PATH = "/api/v1/public/tenants/{tenant}/bots/{bot}/availability";

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @Test
    @Order(1)
    void anOpenBotIsOpenWithAgentsOnlyWhileOneIsOnlineAndTheETagFollows() {
        String tenant = "pub-" + UUID.randomUUID().toString().substring(0, 8);
        String bot = newBot(tenant, "{\"enabled\":true}");

        Response first = get(tenant, bot, null);
        first.then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", containsString("max-age=15"))
                .header("ETag", notNullValue())
                .body("botId", equalTo(bot))
                .body("open", equalTo(true))
                .body("reason", equalTo("OPEN"))
                .body("nextOpening", nullValue())
                .body("agentsAvailable", equalTo(false));
        String closedTag = first.header("ETag");
        get(tenant, bot, closedTag).then().statusCode(304).header("ETag", equalTo(closedTag));

        Instant t0 = Instant.now();
        presence(tenant, "alice", PresenceStatus.ONLINE, t0);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> get(tenant, bot, null).then().statusCode(200).body("agentsAvailable", equalTo(true)));
        Response online = get(tenant, bot, closedTag);
        online.then().statusCode(200).body("agentsAvailable", equalTo(true));
        assertThat(online.header("ETag")).as("a new answer, a new tag").isNotEqualTo(closedTag);
        get(tenant, bot, "W/" + online.header("ETag") + ", \"other\"").then().statusCode(304);

        presence(tenant, "alice", PresenceStatus.OFFLINE, t0.plusSeconds(2));
        // Published after the OFFLINE but older: routing's rule too, the newest report wins.
        presence(tenant, "alice", PresenceStatus.ONLINE, t0.plusSeconds(1));
        // Same key, so same partition, after both: once this marker tenant shows an agent, both were applied.
        String marker = tenant + "-marker";
        String markerBot = newBot(marker, "{\"enabled\":true}");
        presence(marker, "alice", PresenceStatus.ONLINE, t0.plusSeconds(3));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        get(marker, markerBot, null).then().statusCode(200).body("agentsAvailable", equalTo(true)));
        Response offline = get(tenant, bot, null);
        offline.then().statusCode(200).body("agentsAvailable", equalTo(false));
        assertThat(offline.header("ETag"))
                .as("the same answer as before anyone came: the same tag")
                .isEqualTo(closedTag);
    }

    @Test
    @Order(2)
    void onAHolidayItIsClosedWithTheOfflineMessageAndNextOpeningAndNobodyAvailable() {
        String tenant = "pub-" + UUID.randomUUID().toString().substring(0, 8);
        presence(tenant, "bob", PresenceStatus.ONLINE, Instant.now());
        String today = LocalDate.now(ZoneId.of("Africa/Johannesburg")).toString();
        String bot = newBot(tenant, """
                {"enabled":true,"offlineMessage":"Closed for the holiday.",
                 "businessHours":{"timeZone":"Africa/Johannesburg",
                   "weekly":[{"day":"MONDAY","start":"08:00","end":"17:00"},{"day":"TUESDAY","start":"08:00","end":"17:00"},
                             {"day":"WEDNESDAY","start":"08:00","end":"17:00"},{"day":"THURSDAY","start":"08:00","end":"17:00"},
                             {"day":"FRIDAY","start":"08:00","end":"17:00"},{"day":"SATURDAY","start":"08:00","end":"17:00"},
                             {"day":"SUNDAY","start":"08:00","end":"17:00"}],
                   "holidays":[{"date":"%s","name":"Today"}]}}""".formatted(today));

        get(tenant, bot, null)
                .then()
                .statusCode(200)
                .body("open", equalTo(false))
                .body("reason", equalTo("HOLIDAY"))
                .body("offlineMessage", equalTo("Closed for the holiday."))
                .body("nextOpening", notNullValue())
                .body("agentsAvailable", equalTo(false));
    }

    @Test
    @Order(3)
    void unknownBotsAndInvalidIdsAreProblems() {
        get("pub-nobody", "no-such-bot", null)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:unknown-bot"));
        String tenant = "pub-" + UUID.randomUUID().toString().substring(0, 8);
        String bot = newBot(tenant, "{\"enabled\":true}");
        get("another-tenant", bot, null)
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:unknown-bot"));
        given().get(PATH, tenant, "bad bot!").then().statusCode(400).contentType("application/problem+json");
        given().get(PATH, "bad tenant!", bot).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @Order(4)
    void aClientAskingTooOftenGets429WithRetryAfter() {
        String tenant = "pub-" + UUID.randomUUID().toString().substring(0, 8);
        String bot = newBot(tenant, "{\"enabled\":true}");
        List<Response> answers = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> get(tenant, bot, null))
                .toList();

        assertThat(answers)
                .extracting(Response::statusCode)
                .containsOnly(200, 429)
                .contains(429);
        Response limited =
                answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.jsonPath().getString("type")).isEqualTo("urn:handoff:problem:too-many-requests");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
    }

    private static Response get(String tenant, String bot, String ifNoneMatch) {
        var request = given();
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        return request.get(PATH, tenant, bot).andReturn();
    }

    private static String newBot(String tenant, String settingsJson) {
        String botId = "bot-" + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body(settingsJson)
                .put("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200);
        return botId;
    }

    private static void presence(String tenant, String agent, PresenceStatus status, Instant at) {
        PresenceChanged report = new PresenceChanged(
                UUID.randomUUID(), at, TenantId.of(tenant), AgentId.of(agent), agent, status, 0, List.of(), List.of());
        kafka.send(Topics.AGENT_PRESENCE, report.key(), new EventJson().write(report));
    }
}
