package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, point 4: what waits per tenant, bot and team, and the handoff-to-accept histogram, on /q/metrics.
 */
@QuarkusTest
@WithTestInfrastructure
class QueueGroupMetricsTest {
    private static final Duration REFRESHED = Duration.ofSeconds(30);

    @Test
    void waitingAndOldestWaitPerTeamAndTheAcceptHistogram() throws Exception {
        String tenant = "groups-" + UUID.randomUUID();
        Instant queuedBy;
        try (QueueFixture fixture = new QueueFixture()) {
            fixture.queue(tenant, "billing", List.of(tenant + "-b1", tenant + "-b2"));
            fixture.queue(tenant, null, List.of(tenant + "-s1"));
            queuedBy = Instant.now();
        }
        String billing = "bot=\"demo-bot\",team=\"billing\",tenant=\"" + tenant + "\"";
        String shared = "bot=\"demo-bot\",team=\"none\",tenant=\"" + tenant + "\"";
        await().atMost(REFRESHED).untilAsserted(() -> {
            String metrics = metrics();
            assertThat(value(metrics, "handoff_queue_group_waiting", billing)).isEqualTo(2.0);
            assertThat(value(metrics, "handoff_queue_group_waiting", shared)).isEqualTo(1.0);
            assertThat(value(metrics, "handoff_queue_group_oldest_wait_seconds", billing))
                    .isGreaterThanOrEqualTo(
                            Duration.between(queuedBy, Instant.now()).toMillis() / 1000.0 - 1);
        });

        given().auth()
                .oauth2(TestTokens.agentInTeams("bea", tenant, List.of("billing"), "agent"))
                .post("/api/v1/queue/{id}/claim", tenant + "-b1")
                .then()
                .statusCode(200);
        String tenantTag = "tenant=\"" + tenant + "\"";
        await().atMost(REFRESHED).untilAsserted(() -> {
            String metrics = metrics();
            assertThat(value(metrics, "handoff_queue_group_waiting", billing)).isEqualTo(1.0);
            assertThat(value(metrics, "handoff_queue_accept_wait_seconds_count", tenantTag))
                    .isEqualTo(1.0);
            assertThat(value(metrics, "handoff_queue_accept_wait_seconds_sum", tenantTag))
                    .isPositive();
            assertThat(metrics).contains("handoff_queue_accept_wait_seconds_bucket{" + tenantTag + ",le=");
        });
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sample of {@code name} whose labels are exactly {@code labels}. */
    private static double value(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{" + Pattern.quote(labels) + "\\} ([0-9.Ee+-]+)$")
                .matcher(metrics);
        assertThat(m.find()).as(name + "{" + labels + "} in /q/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
