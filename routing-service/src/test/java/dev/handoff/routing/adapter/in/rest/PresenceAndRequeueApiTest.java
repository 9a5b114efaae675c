package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.handoff.shared.GoldenEvents;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Presence from agent.presence.v1 into the snapshot, and what an agent's leaving does to their chats. */
@QuarkusTest
@WithTestInfrastructure
class PresenceAndRequeueApiTest {
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static QueueFixture fixture;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    private static void claim(String agent, String tenant, String id) {
        given().auth()
                .oauth2(TestTokens.agent(agent, tenant, "agent"))
                .post("/api/v1/queue/{id}/claim", id)
                .then()
                .statusCode(200);
    }

    private static void requeueChatsOfUnavailableAgents(String tenant) {
        given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "supervisor"))
                .contentType(ContentType.JSON)
                .body("{\"onAgentUnavailable\":\"REQUEUE\"}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200);
    }

    @Test
    void theGoldenReportBecomesTheAgentsSnapshot() throws Exception {
        String golden = GoldenEvents.json(PresenceChanged.class);
        PresenceChanged report = new EventJson().read(golden, PresenceChanged.class);
        fixture.publishRaw(Topics.AGENT_PRESENCE, report.key(), golden);
        RoutingDatabase.awaitConsumed(report.eventId());

        RoutingDatabase.Presence stored = RoutingDatabase.presence(
                        report.tenantId().value(), report.agentId().value())
                .orElseThrow();
        assertThat(stored.status()).isEqualTo("ONLINE");
        assertThat(stored.displayName()).isEqualTo(report.displayName());
        assertThat(stored.teams()).isEqualTo("billing,support");
        assertThat(stored.changedAt()).isEqualTo(report.occurredAt());
    }

    @Test
    void anOlderReportArrivingLateIsIgnored() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        fixture.presence(tenant, "alice", PresenceStatus.ONLINE, T0, "billing");
        PresenceChanged newer = fixture.presence(tenant, "alice", PresenceStatus.AWAY, T0.plusSeconds(60));
        PresenceChanged stale = fixture.presence(tenant, "alice", PresenceStatus.OFFLINE, T0.plusSeconds(30));
        RoutingDatabase.awaitConsumed(newer.eventId());
        RoutingDatabase.awaitConsumed(stale.eventId());

        RoutingDatabase.Presence stored =
                RoutingDatabase.presence(tenant, "alice").orElseThrow();
        assertThat(stored.status()).isEqualTo("AWAY");
        assertThat(stored.statusSince()).isEqualTo(T0.plusSeconds(60));
        assertThat(stored.changedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(stored.teams()).isEmpty();
    }

    @Test
    void byDefaultAnAgentWhoGoesOfflineKeepsTheirChats() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        fixture.queue(tenant, null, List.of(tenant + "-a", tenant + "-b"));
        claim("alice", tenant, tenant + "-a");

        RoutingDatabase.awaitConsumed(
                fixture.presence(tenant, "alice", PresenceStatus.OFFLINE, T0).eventId());

        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(tenant + "-a", "alice"));
        assertThat(RoutingDatabase.activeChats(tenant)).isEqualTo(Map.of("alice", 1L));
        given().auth()
                .oauth2(TestTokens.agent("bob", tenant, "agent"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .body("conversationId", contains(tenant + "-b"));
    }

    @Test
    void withRequeueTheChatsOfAnAgentWhoLeavesGoBackToTheirPlacesAndTheirSlotsAreFreed() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        String w1 = tenant + "-w1";
        String a = tenant + "-a";
        String w2 = tenant + "-w2";
        String b = tenant + "-b";
        fixture.queue(tenant, null, List.of(w1, a, w2, b));
        claim("alice", tenant, a);
        claim("bob", tenant, b);
        requeueChatsOfUnavailableAgents(tenant);

        fixture.presence(tenant, "alice", PresenceStatus.ONLINE, T0);
        fixture.presence(tenant, "alice", PresenceStatus.OFFLINE, T0.plusSeconds(10));
        fixture.presence(tenant, "bob", PresenceStatus.AWAY, T0.plusSeconds(10));

        Requeued fromAlice =
                (Requeued) fixture.lifecycle(a, Requeued.class::isInstance, 1).get(0);
        assertThat(fromAlice.previousAgentId().value()).isEqualTo("alice");
        assertThat(fromAlice.reason()).isEqualTo("agent-offline");
        Requeued fromBob =
                (Requeued) fixture.lifecycle(b, Requeued.class::isInstance, 1).get(0);
        assertThat(fromBob.previousAgentId().value()).isEqualTo("bob");
        assertThat(fromBob.reason()).isEqualTo("agent-away");
        // a went back between w1 and w2: its first position announcement is that place
        QueuePositionChanged aAt = (QueuePositionChanged)
                fixture.lifecycle(a, QueuePositionChanged.class::isInstance, 1).get(0);
        assertThat(aAt.position()).isEqualTo(2);
        given().auth()
                .oauth2(TestTokens.agent("dave", tenant, "agent"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .body("conversationId", contains(w1, a, w2, b))
                .body("position", contains(1, 2, 3, 4));
        assertThat(RoutingDatabase.holders(tenant)).isEmpty();
        assertThat(RoutingDatabase.activeChats(tenant)).isEmpty();
        given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "supervisor"))
                .get("/api/v1/routing/capacity")
                .then()
                .statusCode(200)
                .body("agents.find { it.agentId == 'alice' }.activeChats", equalTo(0));

        // waiting again: they are claimed under the usual rules, by anyone
        claim("dave", tenant, a);
        claim("alice", tenant, b);
        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(a, "dave", b, "alice"));
    }
}
