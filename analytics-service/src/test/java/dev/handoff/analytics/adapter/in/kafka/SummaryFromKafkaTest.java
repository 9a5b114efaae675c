package dev.handoff.analytics.adapter.in.kafka;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import dev.handoff.analytics.AnalystApi;
import dev.handoff.shared.GoldenEvents;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.ConversationEvent;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Events on the real Kafka in, figures from the REST summary out. */
@QuarkusTest
@WithTestInfrastructure
class SummaryFromKafkaTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static JsonPath summary(String tenant, String from, String to) {
        return AnalystApi.get(tenant, "/api/v1/analytics/summary", "from", from, "to", to);
    }

    /** Polls the summary until it passes {@code expectations}: the events reach analytics asynchronously. */
    private static void awaitSummary(String tenant, String from, String to, Consumer<JsonPath> expectations) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> expectations.accept(summary(tenant, from, to)));
    }

    private static void sendGolden(String file, Class<? extends ConversationEvent> type) {
        ConversationEvent event = GoldenEvents.event(file, type);
        kafka.send(Topics.of(event), event.key(), GoldenEvents.json(file));
    }

    @Test
    void theGoldenEventsAddUpToTheirSummary() {
        // Lifecycle first: the request may reach analytics after what routing said about it.
        sendGolden("Queued.json", Queued.class);
        sendGolden("Assigned.json", Assigned.class);
        sendGolden("Transferred.json", Transferred.class);
        sendGolden("Completed.json", Completed.class);
        sendGolden("Rated.json", Rated.class);
        sendGolden("HandoffRequested.json", HandoffRequested.class);
        sendGolden("HandoffRequested.minimal.json", HandoffRequested.class);
        sendGolden("EndedByVisitor.json", EndedByVisitor.class);
        sendGolden("Expired.json", Expired.class);
        HandoffRequested requested = GoldenEvents.event(HandoffRequested.class);
        Assigned assigned = GoldenEvents.event(Assigned.class);
        Transferred transferred = GoldenEvents.event(Transferred.class);
        Rated rated = GoldenEvents.event(Rated.class);
        double wait =
                Duration.between(requested.occurredAt(), assigned.occurredAt()).toMillis() / 1000.0;

        awaitSummary("acme", "2025-03-10", "2025-03-11", s -> {
            assertThat(s.getInt("handoffRequests")).isEqualTo(3);
            assertThat(s.getInt("assigned")).isEqualTo(1);
            assertThat(s.getInt("completed")).isEqualTo(1);
            assertThat(s.getInt("endedByVisitor")).isEqualTo(1);
            assertThat(s.getInt("expired")).isEqualTo(1);
            assertThat(s.getDouble("timeToAssignment.averageSeconds")).isEqualTo(wait);
            assertThat(s.getDouble("timeToAssignment.p50Seconds")).isEqualTo(wait);
            assertThat(s.getDouble("timeToAssignment.p90Seconds")).isEqualTo(wait);
            assertThat(s.getList("conversationsPerAgent", Map.class))
                    .containsExactly(Map.of("agentId", transferred.toAgentId().value(), "conversations", 1));
            assertThat(s.getInt("ratings")).isEqualTo(1);
            assertThat(s.getDouble("averageRating")).isEqualTo((double) rated.score());
        });
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("handoff_analytics_events_total{type=\"Assigned\""));
    }

    @Test
    void waitsAgentsAndRatingsAreAggregatedOverThePeriod() {
        TenantId tenant = TenantId.of("analytics-waits");
        Instant base = Instant.parse("2025-06-01T10:00:00Z");
        int[] waits = {10, 20, 30, 40, 100};
        String[] agents = {"ana", "ana", "sipho", "ana", "sipho"};
        for (int i = 0; i < waits.length; i++) {
            ConversationId conversation = ConversationId.random();
            Instant requestedAt = base.plusSeconds(600L * i);
            Assigned assigned = new Assigned(
                    UUID.randomUUID(),
                    requestedAt.plusSeconds(waits[i]),
                    tenant,
                    conversation,
                    AgentId.of(agents[i]),
                    agents[i],
                    AssignmentMethod.AUTO);
            if (i == 0) {
                kafka.publish(assigned);
            }
            kafka.publish(request(tenant, conversation, requestedAt));
            if (i != 0) {
                kafka.publish(assigned);
            }
            if (i < 3) {
                kafka.publish(
                        new Rated(UUID.randomUUID(), requestedAt.plusSeconds(300), tenant, conversation, 3 + i, null));
            }
        }
        ConversationId unanswered = ConversationId.random();
        kafka.publish(request(tenant, unanswered, base.plusSeconds(7200)));
        kafka.publish(
                new Expired(UUID.randomUUID(), base.plusSeconds(9000), tenant, unanswered, base.plusSeconds(7200)));
        // The day before: outside the period asked for.
        kafka.publish(request(tenant, ConversationId.random(), base.minus(Duration.ofDays(1))));

        awaitSummary(tenant.value(), "2025-06-01", "2025-06-02", s -> {
            assertThat(s.getInt("handoffRequests")).isEqualTo(6);
            assertThat(s.getInt("assigned")).isEqualTo(5);
            assertThat(s.getInt("expired")).isEqualTo(1);
            assertThat(s.getDouble("timeToAssignment.averageSeconds")).isEqualTo(40.0);
            assertThat(s.getDouble("timeToAssignment.p50Seconds")).isEqualTo(30.0);
            assertThat(s.getDouble("timeToAssignment.p90Seconds")).isEqualTo(100.0);
            assertThat(s.getList("conversationsPerAgent", Map.class))
                    .containsExactly(
                            Map.of("agentId", "ana", "conversations", 3),
                            Map.of("agentId", "sipho", "conversations", 2));
            assertThat(s.getInt("ratings")).isEqualTo(3);
            assertThat(s.getDouble("averageRating")).isEqualTo(4.0);
        });
        assertThat(summary("analytics-other", "2025-06-01", "2025-06-02").getInt("handoffRequests"))
                .isZero();
    }

    private static HandoffRequested request(TenantId tenant, ConversationId conversation, Instant at) {
        return new HandoffRequested(
                UUID.randomUUID(),
                at,
                tenant,
                conversation,
                BotId.of("support-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                null,
                null,
                0,
                null);
    }
}
