package dev.handoff.analytics.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.handoff.analytics.AnalystApi;
import dev.handoff.analytics.AnalyticsEvents;
import dev.handoff.analytics.OneDayOfChats;
import dev.handoff.shared.event.ErasureConfirmed;
import dev.handoff.shared.event.ErasureRequested;
import dev.handoff.shared.id.TenantId;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retention and a visitor's erasure: transcripts go, every service is asked and confirms, the figures stay. */
@QuarkusTest
@WithTestInfrastructure
class PrivacyApiTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static final String CONVERSATIONS = "/api/v1/analytics/conversations";
    private static final List<String> OTHER_SERVICES =
            List.of("handoff-service", "routing-service", "agent-service", "notification-service");

    private static OneDayOfChats sendDay(String tenant) {
        OneDayOfChats day = new OneDayOfChats();
        try (AnalyticsEvents events = new AnalyticsEvents(tenant)) {
            day.send(events);
        }
        day.awaitRecorded(tenant);
        return day;
    }

    private static JsonPath metricsOfTheDay(String tenant) {
        return AnalystApi.get(tenant, "/api/v1/analytics/metrics", "from", "2025-06-02", "to", "2025-06-03");
    }

    @Test
    void aVisitorsErasureDeletesTheirTranscriptEverywhereAndKeepsTheFigures() {
        String tenant = "erasure-" + System.nanoTime();
        OneDayOfChats day = sendDay(tenant);
        JsonPath before = OneDayOfChats.awaitDayCounted(tenant);

        JsonPath requested = AnalystApi.as(tenant, "supervisor")
                .contentType(ContentType.JSON)
                .body("{\"visitorEmail\": \"THANDI@example.com\"}")
                .post("/api/v1/analytics/erasures")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"))
                .extract()
                .jsonPath();
        String id = requested.getString("id");
        assertThat(requested.getList("conversationIds", String.class)).containsExactly(day.c1.value());
        assertThat(requested.getList("awaiting", String.class)).contains("analytics-service", "agent-service");

        // Every service gets the request on Kafka (analytics erases and confirms its own part) ...
        ErasureRequested sent = kafka.awaitEvent(ErasureRequested.class, id, e -> true, Duration.ofSeconds(30));
        assertThat(sent.conversationIds()).containsExactly(day.c1);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(AnalystApi.as(tenant, "supervisor")
                                .get("/api/v1/analytics/erasures/" + id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("confirmations.service", String.class))
                        .containsExactly("analytics-service"));
        // ... and the request completes once the others confirmed too.
        for (String service : OTHER_SERVICES) {
            ErasureConfirmed confirmed = new ErasureConfirmed(
                    UUID.randomUUID(), Instant.now(), TenantId.of(tenant), UUID.fromString(id), service, 1);
            kafka.publish(confirmed);
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> AnalystApi.as(tenant, "supervisor")
                        .get("/api/v1/analytics/erasures/" + id)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("COMPLETED"))
                        .body("awaiting.size()", equalTo(0))
                        .body("confirmations.size()", equalTo(5)));

        JsonPath erased = AnalystApi.get(tenant, CONVERSATIONS + "/" + day.c1);
        assertThat(erased.getBoolean("conversation.erased")).isTrue();
        assertThat((Object) erased.get("visitor")).isNull();
        assertThat(erased.getList("messages")).isEmpty();
        assertThat(erased.getList("botHistory")).isEmpty();
        assertThat(erased.getList("steps")).isEmpty();
        assertThat(erased.getDouble("conversation.waitSeconds")).isEqualTo(10.0);
        assertThat(AnalystApi.get(tenant, CONVERSATIONS, "from", "2025-06-02", "to", "2025-06-03", "q", "refund")
                        .getList("items"))
                .isEmpty();
        assertThat(AnalystApi.get(tenant, CONVERSATIONS + "/" + day.c2).getList("messages"))
                .hasSize(2);
        assertThat(metricsOfTheDay(tenant).getMap("totals")).isEqualTo(before.getMap("totals"));
    }

    @Test
    void anErasureMustNameAVisitorOfTheTenant() {
        String tenant = "erasure-bad-" + System.nanoTime();
        OneDayOfChats day = sendDay(tenant);
        AnalystApi.as(tenant, "supervisor")
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/analytics/erasures")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        AnalystApi.as(tenant, "supervisor")
                .contentType(ContentType.JSON)
                .body("{\"visitorEmail\": \"not an address\"}")
                .post("/api/v1/analytics/erasures")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:handoff:problem:validation"));
        AnalystApi.as(tenant, "supervisor")
                .contentType(ContentType.JSON)
                .body("{\"visitorEmail\": \"nobody@example.com\"}")
                .post("/api/v1/analytics/erasures")
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:no-such-visitor"));
        AnalystApi.as(tenant, "supervisor")
                .contentType(ContentType.JSON)
                .body("{\"conversationIds\": [\"" + day.c2 + "\", \"someone-elses\"]}")
                .post("/api/v1/analytics/erasures")
                .then()
                .statusCode(422)
                .body("unknown", equalTo(List.of("someone-elses")));
        AnalystApi.as(tenant, "analyst")
                .contentType(ContentType.JSON)
                .body("{\"conversationIds\": [\"" + day.c2 + "\"]}")
                .post("/api/v1/analytics/erasures")
                .then()
                .statusCode(403);
        AnalystApi.as(tenant, "supervisor")
                .get("/api/v1/analytics/erasures/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        assertThat(AnalystApi.get(tenant, CONVERSATIONS + "/" + day.c2).getList("messages"))
                .hasSize(2);
    }

    @Test
    void supervisorsSetRetentionAndChatsPastItAreErasedWithTheirFiguresKept() {
        String tenant = "retention-" + System.nanoTime();
        OneDayOfChats day = sendDay(tenant);
        AnalystApi.as(tenant, "analyst")
                .get("/api/v1/analytics/retention")
                .then()
                .statusCode(200)
                .body("keep", nullValue());
        AnalystApi.as(tenant, "analyst")
                .contentType(ContentType.JSON)
                .body("{\"keep\": \"P30D\"}")
                .put("/api/v1/analytics/retention")
                .then()
                .statusCode(403);
        for (String bad :
                new String[] {"{\"keep\": \"thirty days\"}", "{\"keep\": \"PT1M\"}", "{\"keep\": \"P9999D\"}"}) {
            AnalystApi.as(tenant, "supervisor")
                    .contentType(ContentType.JSON)
                    .body(bad)
                    .put("/api/v1/analytics/retention")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        AnalystApi.as(tenant, "supervisor")
                .contentType(ContentType.JSON)
                .body("{\"keep\": \"P30D\"}")
                .put("/api/v1/analytics/retention")
                .then()
                .statusCode(200)
                .body("keep", equalTo("P30D"))
                .body("changedBy", equalTo("kim"));

        // The schedule (every 2 s in tests) erases the June 2025 chats: they are older than 30 days.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(AnalystApi.get(tenant, CONVERSATIONS + "/" + day.c2).getBoolean("conversation.erased"))
                    .isTrue();
            assertThat(AnalystApi.as(tenant, "supervisor")
                            .get("/api/v1/analytics/erasures")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList(
                                    "findAll { it.kind == 'RETENTION' }.confirmations.flatten().service", String.class))
                    .contains("analytics-service");
        });
        assertThat(AnalystApi.get(tenant, CONVERSATIONS + "/" + day.c1).getList("messages"))
                .isEmpty();
        assertThat(metricsOfTheDay(tenant).getDouble("totals.requests")).isEqualTo(4.0);
        AnalystApi.as(tenant, "supervisor")
                .contentType(ContentType.JSON)
                .body("{\"keep\": null}")
                .put("/api/v1/analytics/retention")
                .then()
                .statusCode(200)
                .body("keep", nullValue());
    }
}
