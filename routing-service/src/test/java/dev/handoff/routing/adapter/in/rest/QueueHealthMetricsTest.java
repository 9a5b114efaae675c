package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The gauges deploy/k8s's alerts read: waiting conversations, the oldest wait, agents online. */
@QuarkusTest
@WithTestInfrastructure
class QueueHealthMetricsTest {
    private static final Duration REFRESHED = Duration.ofSeconds(30);

    @Test
    void theGaugesCountWhatIsWaitingAndWhoIsOnlineInEveryTenant() throws Exception {
        String tenant = "metrics-" + UUID.randomUUID();
        String chat = "chat-" + UUID.randomUUID();
        Instant queuedBy;
        try (QueueFixture fixture = new QueueFixture()) {
            fixture.queue(tenant, null, List.of(chat));
            queuedBy = Instant.now();
            fixture.presence(tenant, "ann", PresenceStatus.ONLINE, Instant.now());
        }
        await().atMost(REFRESHED)
                .until(() -> RoutingDatabase.presence(tenant, "ann").isPresent());

        // Other tests' tenants may still change: wait for a refresh that matches the tables at that moment.
        await().atMost(REFRESHED).untilAsserted(() -> {
            assertThat(RoutingDatabase.statuses(tenant)).containsEntry(chat, "WAITING");
            assertThat(gauge("handoff_queue_waiting_conversations")).isEqualTo(RoutingDatabase.waitingEverywhere());
            assertThat(gauge("handoff_agents_available")).isEqualTo(RoutingDatabase.onlineEverywhere());
            assertThat(gauge("handoff_queue_oldest_wait_seconds"))
                    .isGreaterThanOrEqualTo(
                            Duration.between(queuedBy, Instant.now()).toMillis() / 1000.0 - 1);
        });
    }

    private static double gauge(String name) {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.Ee+-]+)$")
                .matcher(metrics);
        assertThat(m.find()).as(name + " in /q/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
