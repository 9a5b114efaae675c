package dev.handoff.agent.adapter.in.kafka;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Records the agents' view has no use for pass without a transaction: they leave nothing in the inbox. */
@QuarkusTest
@WithTestInfrastructure
class UnusedLifecycleEventsTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @Inject
    AgroalDataSource database;

    @Test
    void placesInTheQueueLeaveNoTraceAndTheQueueingAfterThemIsApplied() throws SQLException {
        String tenant = "t-" + UUID.randomUUID();
        ConversationId id = ConversationId.of(tenant + "-c");
        // the same conversation, so the same partition: the place is consumed before the queueing
        QueuePositionChanged place =
                new QueuePositionChanged(UUID.randomUUID(), Instant.now(), TenantId.of(tenant), id, 2, 30);
        Queued queued = new Queued(
                UUID.randomUUID(), Instant.now(), TenantId.of(tenant), id, BotId.of("demo-bot"), null, 0, 1, 60);
        kafka.publish(place);
        kafka.publish(queued);
        // listed once the request's details are known too
        kafka.publish(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                id,
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                List.of(),
                null,
                null,
                0,
                null));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.agent("alice", tenant, "agent"))
                        .get("/api/v1/agent/handoffs/pending")
                        .then()
                        .statusCode(200)
                        .body("conversationId", contains(id.value())));
        assertThat(processed(queued.eventId())).isTrue();
        assertThat(processed(place.eventId())).isFalse();
    }

    private boolean processed(UUID eventId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 1;
            }
        }
    }
}
