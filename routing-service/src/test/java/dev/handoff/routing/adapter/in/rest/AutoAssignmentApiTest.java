package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** AUTO: routing gives waiting conversations to the least busy online agent, whenever one can take them. */
@QuarkusTest
@WithTestInfrastructure
class AutoAssignmentApiTest {
    private static QueueFixture fixture;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    static void put(String tenant, String path, String body) {
        given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "supervisor"))
                .contentType(ContentType.JSON)
                .body(body)
                .put(path)
                .then()
                .statusCode(200);
    }

    static void presence(String tenant, String agent, PresenceStatus status, String... teams) {
        RoutingDatabase.awaitConsumed(
                fixture.presence(tenant, agent, status, Instant.now(), teams).eventId());
    }

    /** The {@code n}th (1-based) assignment of the conversation. */
    static Assigned assignment(String id, int n) {
        return (Assigned) fixture.lifecycle(id, Assigned.class::isInstance, n).get(n - 1);
    }

    private static String newAutoTenant() {
        String tenant = "t-" + UUID.randomUUID();
        put(tenant, "/api/v1/routing/settings", "{\"strategy\":\"AUTO\"}");
        return tenant;
    }

    @Test
    void eachConversationGoesToTheLeastBusyOnlineAgentTiesToTheOneIdleLongest() throws Exception {
        String tenant = newAutoTenant();
        presence(tenant, "alice", PresenceStatus.ONLINE);
        presence(tenant, "bob", PresenceStatus.ONLINE);

        fixture.queue(tenant, null, List.of(tenant + "-1", tenant + "-2", tenant + "-3"));

        Assigned first = assignment(tenant + "-1", 1);
        assertThat(first.agentId().value()).isEqualTo("alice");
        assertThat(first.agentDisplayName()).isEqualTo("Agent alice");
        assertThat(first.method()).isEqualTo(AssignmentMethod.AUTO);
        assertThat(assignment(tenant + "-2", 1).agentId().value()).isEqualTo("bob");
        // both hold one now; alice took hers first, so she has been idle longer
        assertThat(assignment(tenant + "-3", 1).agentId().value()).isEqualTo("alice");
        assertThat(RoutingDatabase.activeChats(tenant)).isEqualTo(Map.of("alice", 2L, "bob", 1L));
    }

    @Test
    void onlyOnlineAgentsWhoServeTheQueueAreChosenAndOneComingOnlineTakesWhatWaits() throws Exception {
        String tenant = newAutoTenant();
        // names chosen so that the agents who must not get it would win every tie
        presence(tenant, "aaron", PresenceStatus.ONLINE, "sales");
        presence(tenant, "abby", PresenceStatus.AWAY);
        fixture.queue(tenant, "vip", List.of(tenant + "-v"));

        presence(tenant, "zoe", PresenceStatus.ONLINE, "vip", "billing");

        assertThat(assignment(tenant + "-v", 1).agentId().value()).isEqualTo("zoe");
        // an agent whose presence names no team serves every team
        presence(tenant, "abby", PresenceStatus.ONLINE);
        fixture.queue(tenant, "billing", List.of(tenant + "-b"));
        assertThat(assignment(tenant + "-b", 1).agentId().value()).isEqualTo("abby");
    }

    @Test
    void whenCapacityFreesUpWaitingConversationsAreAssignedRaisedLimitEndedChatRequeue() throws Exception {
        String tenant = newAutoTenant();
        put(tenant, "/api/v1/routing/settings", "{\"onAgentUnavailable\":\"REQUEUE\"}");
        put(tenant, "/api/v1/routing/capacity", "{\"defaultMaxChats\":1}");
        presence(tenant, "alice", PresenceStatus.ONLINE);
        String c1 = tenant + "-1";
        String c2 = tenant + "-2";
        String c3 = tenant + "-3";
        fixture.queue(tenant, null, List.of(c1, c2));
        assertThat(assignment(c1, 1).agentId().value()).isEqualTo("alice");
        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(c1, "alice"));

        // a supervisor raises her limit
        put(tenant, "/api/v1/routing/capacity/agents/alice", "{\"maxChats\":2}");
        assertThat(assignment(c2, 1).agentId().value()).isEqualTo("alice");

        // a chat ends
        fixture.queue(tenant, null, List.of(c3));
        fixture.publish(new Completed(
                UUID.randomUUID(), Instant.now(), TenantId.of(tenant), ConversationId.of(c1), AgentId.of("alice")));
        assertThat(assignment(c3, 1).agentId().value()).isEqualTo("alice");

        // she goes offline: her chats come back and the next agent (limit 1) takes the first of them
        presence(tenant, "bob", PresenceStatus.ONLINE);
        presence(tenant, "alice", PresenceStatus.OFFLINE);
        assertThat(((Requeued) fixture.lifecycle(c2, Requeued.class::isInstance, 1)
                                .get(0))
                        .reason())
                .isEqualTo("agent-offline");
        assertThat(assignment(c2, 2).agentId().value()).isEqualTo("bob");
        Awaitility.await()
                .atMost(QueueFixture.WAIT)
                .untilAsserted(() -> assertThat(RoutingDatabase.statuses(tenant))
                        .isEqualTo(Map.of(c1, "ENDED", c2, "ASSIGNED", c3, "WAITING")));
        assertThat(RoutingDatabase.activeChats(tenant)).isEqualTo(Map.of("bob", 1L));
    }

    @Test
    void agentsMayStillClaimUnderAuto() {
        String tenant = newAutoTenant();
        fixture.queue(tenant, null, List.of(tenant + "-m"));

        given().auth()
                .oauth2(TestTokens.agent("dave", tenant, "agent"))
                .post("/api/v1/queue/{id}/claim", tenant + "-m")
                .then()
                .statusCode(200)
                .body("agentId", equalTo("dave"));
        assertThat(assignment(tenant + "-m", 1).method()).isEqualTo(AssignmentMethod.CLAIM);
    }

    @Test
    void aTeamMayBeServedAutomaticallyInAManualTenantAndChoosingAutoServesWhatAlreadyWaits() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        put(tenant, "/api/v1/routing/teams/billing/settings", "{\"strategy\":\"AUTO\"}");
        presence(tenant, "alice", PresenceStatus.ONLINE);
        fixture.queue(tenant, null, List.of(tenant + "-t"));
        fixture.queue(tenant, "billing", List.of(tenant + "-b"));

        assertThat(assignment(tenant + "-b", 1).method()).isEqualTo(AssignmentMethod.AUTO);
        given().auth()
                .oauth2(TestTokens.agent("bob", tenant, "agent"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .body("conversationId", hasItem(tenant + "-t"));

        put(tenant, "/api/v1/routing/settings", "{\"strategy\":\"AUTO\"}");
        assertThat(assignment(tenant + "-t", 1).agentId().value()).isEqualTo("alice");
        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(tenant + "-t", "alice", tenant + "-b", "alice"));
    }
}
