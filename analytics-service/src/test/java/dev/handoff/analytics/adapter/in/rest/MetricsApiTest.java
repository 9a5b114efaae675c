package dev.handoff.analytics.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.handoff.analytics.AnalystApi;
import dev.handoff.analytics.AnalyticsEvents;
import dev.handoff.analytics.OneDayOfChats;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every metric of the dashboard, from events on the real Kafka through the rollups to the REST API. */
@QuarkusTest
@WithTestInfrastructure
class MetricsApiTest {
    private static final String TENANT = "metrics-" + System.nanoTime();
    private static AnalyticsEvents events;

    @BeforeAll
    static void sendTheDay() {
        events = new AnalyticsEvents(TENANT);
        new OneDayOfChats().send(events);
    }

    @AfterAll
    static void close() {
        events.close();
    }

    private static JsonPath get(String path, Object... query) {
        return AnalystApi.get(TENANT, path, query);
    }

    private static JsonPath awaitDay(String path, Object... query) {
        JsonPath day = OneDayOfChats.awaitDayCounted(TENANT);
        return path == null ? day : get(path, query);
    }

    @Test
    void theDayAddsUpToEveryMetricLateAndRepeatedEventsCountedOnce() {
        JsonPath t = awaitDay(null);
        assertThat(t.getDouble("totals.accepted")).isEqualTo(2.0);
        assertThat(t.getDouble("totals.abandoned.total")).isEqualTo(2.0);
        assertThat(t.getDouble("totals.abandoned.visitorLeft")).isEqualTo(1.0);
        assertThat(t.getDouble("totals.abandoned.expired")).isEqualTo(1.0);
        assertThat(t.getDouble("totals.abandonmentRate")).isEqualTo(0.5);
        // wait 10 s and 20 s: the second Assigned of c2 (a redelivery) and its transfer change neither
        assertThat(t.getDouble("totals.waitToAccept.count")).isEqualTo(2.0);
        assertThat(t.getDouble("totals.waitToAccept.mean")).isEqualTo(15.0);
        assertThat(t.getDouble("totals.waitToAccept.p50")).isCloseTo(10.0, withinPercentage(1));
        assertThat(t.getDouble("totals.waitToAccept.p90")).isCloseTo(20.0, withinPercentage(1));
        assertThat(t.getDouble("totals.waitToAccept.p99")).isCloseTo(20.0, withinPercentage(1));
        assertThat(t.getDouble("totals.firstResponse.mean")).isEqualTo(35.0);
        assertThat(t.getDouble("totals.firstResponse.p50")).isCloseTo(30.0, withinPercentage(1));
        assertThat(t.getDouble("totals.firstResponse.p90")).isCloseTo(40.0, withinPercentage(1));
        assertThat(t.getDouble("totals.resolution.mean")).isEqualTo(900.0);
        assertThat(t.getDouble("totals.resolution.p50")).isCloseTo(600.0, withinPercentage(1));
        assertThat(t.getDouble("totals.resolution.p99")).isCloseTo(1200.0, withinPercentage(1));
        assertThat(t.getDouble("totals.messagesPerChat.p50")).isEqualTo(2.0);
        assertThat(t.getDouble("totals.messagesPerChat.p90")).isEqualTo(4.0);
        assertThat(t.getDouble("totals.csat.average")).isEqualTo(4.0);
        assertThat(t.getDouble("totals.csat.responseRate")).isEqualTo(1.0);
        assertThat(t.getList("totals.csat.distribution", Double.class)).containsExactly(0.0, 0.0, 1.0, 0.0, 1.0);
        assertThat(t.getDouble("totals.occupancy.occupiedSeconds")).isEqualTo(870.0);
        assertThat(t.getDouble("totals.occupancy.rate")).isCloseTo(870.0 / 7200, within(0.0001));
    }

    @Test
    void hourlyBucketsPutEachChatInTheHourItStartedAndTimeWhereItWasSpent() {
        JsonPath t = awaitDay("/api/v1/analytics/metrics", "from", "2025-06-02", "to", "2025-06-03", "bucket", "hour");
        List<Map<String, Object>> series = t.getList("series");
        assertThat(series).hasSize(24);
        assertThat(t.getList("series.metrics.requests", Double.class).subList(6, 13))
                .containsExactly(0.0, 0.0, 1.0, 1.0, 1.0, 1.0, 0.0);
        assertThat(t.getList("series.metrics.refusedOutsideHours", Double.class).subList(6, 13))
                .containsExactly(0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0);
        assertThat(t.getList("series.metrics.occupancy.onlineSeconds", Double.class)
                        .subList(7, 11))
                .containsExactly(0.0, 3600.0, 3600.0, 0.0);
        assertThat(t.getList("series.metrics.occupancy.occupiedSeconds", Double.class)
                        .subList(8, 10))
                .containsExactly(590.0, 280.0);
        assertThat(t.getString("series[8].start")).isEqualTo("2025-06-02T08:00:00Z");
    }

    @Test
    void aTimeZoneMovesTheDaysAndAHalfHourZoneIsServedToo() {
        awaitDay(null);
        // Johannesburg (+2): the local 2 June ends at 22:00 UTC, the whole day is in it.
        JsonPath joburg = get(
                "/api/v1/analytics/metrics", "from", "2025-06-02", "to", "2025-06-03", "zone", "Africa/Johannesburg");
        assertThat(joburg.getString("from")).isEqualTo("2025-06-01T22:00:00Z");
        assertThat(joburg.getDouble("totals.requests")).isEqualTo(4.0);
        // Kolkata (+5:30): its 2 June 15:30 (10:00 UTC) cuts between c2 and c3.
        JsonPath kolkata = get(
                "/api/v1/analytics/metrics",
                "from",
                "2025-06-02T10:00:00Z",
                "to",
                "2025-06-03",
                "zone",
                "Asia/Kolkata",
                "bucket",
                "day");
        assertThat(kolkata.getDouble("totals.requests")).isEqualTo(2.0);
        assertThat(kolkata.getList("series")).hasSize(1);
        assertThat(kolkata.getString("series[0].end")).isEqualTo("2025-06-02T18:30:00Z");
    }

    @Test
    void oneSliceAtATime() {
        awaitDay(null);
        JsonPath botA = get("/api/v1/analytics/metrics", "from", "2025-06-02", "to", "2025-06-03", "bot", "bot-a");
        assertThat(botA.getString("dimension")).isEqualTo("bot");
        assertThat(botA.getDouble("totals.requests")).isEqualTo(2.0);
        assertThat(botA.getDouble("totals.refusedOutsideHours")).isEqualTo(1.0);
        assertThat((Object) botA.get("totals.occupancy")).isNull();
        JsonPath ana = get("/api/v1/analytics/metrics", "from", "2025-06-02", "to", "2025-06-03", "agent", "ana");
        assertThat(ana.getDouble("totals.requests")).isEqualTo(1.0);
        assertThat(ana.getDouble("totals.occupancy.occupiedSeconds")).isEqualTo(870.0);
        JsonPath zulu = get("/api/v1/analytics/metrics", "from", "2025-06-02", "to", "2025-06-03", "language", "zu");
        assertThat(zulu.getDouble("totals.requests")).isEqualTo(1.0);
    }

    @Test
    void breakdownsByEveryDimension() {
        awaitDay(null);
        JsonPath agents = get("/api/v1/analytics/breakdown/agent", "from", "2025-06-02", "to", "2025-06-03");
        assertThat(agents.getList("rows.value", String.class)).containsExactly(null, "ana", "sipho");
        assertThat(agents.getList("rows.label", String.class)).containsExactly("(none)", "Ana", "Sipho");
        assertThat(agents.getList("rows.metrics.accepted", Double.class)).containsExactly(0.0, 1.0, 1.0);
        assertThat(agents.getDouble("rows[1].metrics.occupancy.rate")).isCloseTo(870.0 / 7200, within(0.0001));
        assertThat(agents.getDouble("totals.requests")).isEqualTo(4.0);
        JsonPath channels = get("/api/v1/analytics/breakdown/channel", "from", "2025-06-02", "to", "2025-06-03");
        assertThat(channels.getList("rows.value", String.class)).containsExactly("WEBSOCKET", "CSML", "SOCKET_IO");
        assertThat(channels.getList("rows.metrics.requests", Double.class)).containsExactly(2.0, 1.0, 1.0);
        JsonPath languages = get("/api/v1/analytics/breakdown/language", "from", "2025-06-02", "to", "2025-06-03");
        assertThat(languages.getList("rows.value", String.class)).containsExactly("en", null, "zu");
        JsonPath teams = get("/api/v1/analytics/breakdown/team", "from", "2025-06-02", "to", "2025-06-03");
        assertThat(teams.getList("rows.value", String.class)).containsExactly(null, "billing", "support");
        assertThat(teams.getDouble("rows[1].metrics.occupancy.onlineSeconds")).isEqualTo(7200.0);
        JsonPath bots = get("/api/v1/analytics/breakdown/bot", "from", "2025-06-02", "to", "2025-06-03");
        assertThat(bots.getList("rows.value", String.class)).containsExactly("bot-a", "bot-b");
        assertThat(bots.getList("rows.metrics.abandoned.total", Double.class)).containsExactly(0.0, 2.0);
    }

    @Test
    void everyMetricTableDownloadsAsCsv() {
        awaitDay(null);
        String series = given().auth()
                .oauth2(TestTokens.agent("kim", TENANT, "analyst"))
                .accept("text/csv")
                .queryParam("from", "2025-06-02")
                .queryParam("to", "2025-06-03")
                .queryParam("bucket", "hour")
                .get("/api/v1/analytics/metrics")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"metrics.csv\"")
                .extract()
                .asString();
        String[] lines = series.split("\r\n");
        assertThat(lines).hasSize(25);
        assertThat(lines[0])
                .startsWith("start,end,requests,accepted,abandoned,abandoned_visitor_left,abandoned_expired,"
                        + "abandoned_left_message,abandonment_rate,")
                .contains(",wait_to_accept_s_p99,")
                .endsWith(",online_s,occupied_s,occupancy");
        assertThat(lines[9]).startsWith("2025-06-02T08:00:00Z,2025-06-02T09:00:00Z,1,1,0,0,0,0,0.0,0,0,1,10.0,");
        String agents = given().auth()
                .oauth2(TestTokens.agent("kim", TENANT, "supervisor"))
                .accept("text/csv")
                .queryParam("from", "2025-06-02")
                .queryParam("to", "2025-06-03")
                .get("/api/v1/analytics/breakdown/agent")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(agents.split("\r\n")).hasSize(4);
        assertThat(agents.split("\r\n")[2]).startsWith("ana,Ana,1,1,0,");
    }
}
