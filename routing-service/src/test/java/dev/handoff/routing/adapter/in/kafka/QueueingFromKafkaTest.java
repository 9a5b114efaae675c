package dev.handoff.routing.adapter.in.kafka;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.shared.GoldenEvents;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.shared.model.WaitStatus;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@WithTestInfrastructure
class QueueingFromKafkaTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EventJson JSON = new EventJson();

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static HandoffRequested request(String tenant, String conversation, int priority, String visitorName) {
        return new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                ConversationId.of(conversation),
                BotId.of("bot"),
                new VisitorInfo(visitorName, null, null, Map.of()),
                List.of(new HistoryEntry(Sender.VISITOR, "help " + conversation, null)),
                "en",
                null,
                priority,
                null);
    }

    private static void send(HandoffRequested event) {
        kafka.send(Topics.HANDOFF_REQUESTS, event.key(), JSON.write(event));
    }

    private static Queued awaitQueued(String conversation) {
        ConsumerRecord<String, String> record = kafka.awaitRecords(
                        Topics.CONVERSATION_LIFECYCLE, r -> conversation.equals(r.key()), 1, WAIT)
                .get(0);
        return JSON.read(record.value(), Queued.class);
    }

    @Test
    void theGoldenHandoffRequestIsQueuedAndAnnouncedInTheGoldenQueuedForm() {
        String golden = GoldenEvents.json(HandoffRequested.class);
        HandoffRequested request = JSON.read(golden, HandoffRequested.class);
        kafka.send(Topics.HANDOFF_REQUESTS, request.key(), golden);

        ConsumerRecord<String, String> record = kafka.awaitRecords(
                        Topics.CONVERSATION_LIFECYCLE, r -> request.key().equals(r.key()), 1, WAIT)
                .get(0);
        Queued queued = JSON.read(record.value(), Queued.class);
        assertThat(queued.tenantId()).isEqualTo(request.tenantId());
        assertThat(queued.botId()).isEqualTo(request.botId());
        assertThat(queued.team()).isEqualTo(request.team());
        assertThat(queued.priority()).isEqualTo(request.priority());
        assertThat(queued.position()).isEqualTo(1);
        // the configured 60 s per place when an agent of the golden tenant is online (another test may have put one
        // there), else plainly nobody: no number
        assertThat(queued.waitStatus()).isIn(WaitStatus.ESTIMATED, WaitStatus.NO_AGENTS);
        assertThat(queued.estimatedWaitSeconds()).isEqualTo(queued.waitStatus() == WaitStatus.ESTIMATED ? 60 : 0);
        // the produced record has exactly the fields the golden Queued pins
        assertThat(fieldNames(GoldenEvents.tree(record.value())))
                .containsExactlyElementsOf(fieldNames(GoldenEvents.tree(GoldenEvents.json(Queued.class))));
    }

    @Test
    void positionsFollowPriorityThenArrivalAndTheQueueViewAgrees() {
        String tenant = "t-" + UUID.randomUUID();
        send(request(tenant, tenant + "-first", 0, "Ann"));
        assertThat(awaitQueued(tenant + "-first").position()).isEqualTo(1);
        send(request(tenant, tenant + "-second", 0, null));
        assertThat(awaitQueued(tenant + "-second").position()).isEqualTo(2);
        send(request(tenant, tenant + "-urgent", 5, "Uma"));
        assertThat(awaitQueued(tenant + "-urgent").position()).isEqualTo(1);

        given().auth()
                .oauth2(TestTokens.agent("alice", tenant, "agent"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .body("conversationId", contains(tenant + "-urgent", tenant + "-first", tenant + "-second"))
                .body("visitorName", contains("Uma", "Ann", "Anonymous"))
                .body("[1].preview", equalTo("help " + tenant + "-first"))
                .body("position", contains(1, 2, 3));
    }

    @Test
    void aRedeliveredRequestIsQueuedOnceAndAMalformedRecordDoesNotStopTheConsumer() {
        String tenant = "t-" + UUID.randomUUID();
        HandoffRequested request = request(tenant, tenant + "-dup", 0, "Dee");
        send(request);
        send(request);
        kafka.send(Topics.HANDOFF_REQUESTS, "garbage", "{not json");
        send(request(tenant, tenant + "-after", 0, "Sentinel"));

        // once the sentinel, sent last, is queued, everything before it on the partition was processed
        awaitQueued(tenant + "-after");
        assertThat(kafka.awaitRecords(Topics.CONVERSATION_LIFECYCLE, r -> (tenant + "-dup").equals(r.key()), 1, WAIT))
                .hasSize(1);
        given().auth()
                .oauth2(TestTokens.agent("alice", tenant, "agent"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .body("conversationId", contains(tenant + "-dup", tenant + "-after"));
    }

    @Test
    void theQueueIsOnlyForAgentsAndSupervisorsOfTheTenant() {
        given().get("/api/v1/queue").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.agent("dave", "demo", "analyst"))
                .get("/api/v1/queue")
                .then()
                .statusCode(403);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
