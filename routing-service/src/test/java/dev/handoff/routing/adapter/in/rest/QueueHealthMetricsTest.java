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
    private static final Duration REFRESHED = Duration.ofSeconds(20);

    @Test
    void aQueuedConversationAndAnAgentComingOnlineShowInTheGauges() {
        String tenant = "metrics-" + UUID.randomUUID();
        double waitingBefore = gauge("handoff_queue_waiting_conversations");
        double agentsBefore = gauge("handoff_agents_available");

        try (QueueFixture fixture = new QueueFixture()) {
            fixture.queue(tenant, null, List.of("chat-" + UUID.randomUUID()));
            fixture.presence(tenant, "ann", PresenceStatus.ONLINE, Instant.now());
        }

        await().atMost(REFRESHED).untilAsserted(() -> {
            assertThat(gauge("handoff_queue_waiting_conversations")).isEqualTo(waitingBefore + 1);
            assertThat(gauge("handoff_agents_available")).isEqualTo(agentsBefore + 1);
            assertThat(gauge("handoff_queue_oldest_wait_seconds")).isGreaterThan(0);
        });
    }

    private static double gauge(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.Ee+-]+)$").matcher(metrics);
        assertThat(m.find()).as(name + " in /q/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
