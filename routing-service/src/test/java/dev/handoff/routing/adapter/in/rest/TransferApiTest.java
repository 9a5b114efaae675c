package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestInfrastructure
class TransferApiTest {
    private static QueueFixture fixture;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    private static ValidatableResponse transfer(String token, String conversationId, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/queue/{id}/transfer", conversationId)
                .then();
    }

    private static ValidatableResponse claim(String agent, String tenant, String id) {
        return given().auth()
                .oauth2(TestTokens.agent(agent, tenant, "agent"))
                .post("/api/v1/queue/{id}/claim", id)
                .then();
    }

    private static void online(String tenant, String agent) {
        RoutingDatabase.awaitConsumed(fixture.presence(tenant, agent, PresenceStatus.ONLINE, Instant.now())
                .eventId());
    }

    /** A new tenant whose alice holds {tenant}-held, with {tenant}-w1 waiting ahead of it and -w2 behind. */
    private static String aliceHoldsOne() {
        String tenant = "t-" + UUID.randomUUID();
        fixture.queue(tenant, null, List.of(tenant + "-w1", tenant + "-held", tenant + "-w2"));
        claim("alice", tenant, tenant + "-held").statusCode(200);
        return tenant;
    }

    @Test
    void toAnOnlineAgentTheChatAndItsSlotMoveAndItIsAnnouncedAsTransferredThenAssigned() throws Exception {
        String tenant = aliceHoldsOne();
        String id = tenant + "-held";
        online(tenant, "bob");

        transfer(TestTokens.agent("alice", tenant, "agent"), id, "{\"toAgentId\":\"bob\"}")
                .statusCode(200)
                .body("conversationId", equalTo(id))
                .body("fromAgentId", equalTo("alice"))
                .body("toAgentId", equalTo("bob"))
                .body("status", equalTo("ASSIGNED"));

        List<IntegrationEvent> events = fixture.lifecycle(
                id,
                e -> e instanceof Transferred || e instanceof Assigned a && a.method() == AssignmentMethod.TRANSFER,
                2);
        assertThat(events.get(0)).isInstanceOfSatisfying(Transferred.class, e -> {
            assertThat(e.fromAgentId().value()).isEqualTo("alice");
            assertThat(e.toAgentId().value()).isEqualTo("bob");
            assertThat(e.toTeam()).isNull();
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(Assigned.class, e -> {
            assertThat(e.agentId().value()).isEqualTo("bob");
            assertThat(e.agentDisplayName()).isEqualTo("Agent bob");
        });
        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(id, "bob"));
        assertThat(RoutingDatabase.activeChats(tenant)).isEqualTo(Map.of("bob", 1L));
        // alice let it go: her claim now meets bob's hold, and so does another transfer by her
        claim("alice", tenant, id).statusCode(409).body("heldBy", equalTo("bob"));
        transfer(TestTokens.agent("alice", tenant, "agent"), id, "{\"toQueue\":true}")
                .statusCode(403)
                .body("type", equalTo("urn:handoff:problem:not-your-conversation"));
    }

    @Test
    void theTargetMustBeOnlineInTheTenantBelowCapacityAndNotTheHolder() throws Exception {
        String tenant = aliceHoldsOne();
        String id = tenant + "-held";
        String alice = TestTokens.agent("alice", tenant, "agent");
        RoutingDatabase.awaitConsumed(fixture.presence(tenant, "dora", PresenceStatus.AWAY, Instant.now())
                .eventId());
        online("other-" + tenant, "olga");
        online(tenant, "bob");
        given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "supervisor"))
                .contentType(ContentType.JSON)
                .body("{\"maxChats\":0}")
                .put("/api/v1/routing/capacity/agents/bob")
                .then()
                .statusCode(200);

        for (String target : new String[] {"dora", "nobody", "olga"}) {
            transfer(alice, id, "{\"toAgentId\":\"" + target + "\"}")
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:handoff:problem:agent-unavailable"))
                    .body("agentId", equalTo(target));
        }
        transfer(alice, id, "{\"toAgentId\":\"alice\"}")
                .statusCode(409)
                .body("type", equalTo("urn:handoff:problem:already-held-by-target"));
        transfer(alice, id, "{\"toAgentId\":\"bob\"}")
                .statusCode(422)
                .body("type", equalTo("urn:handoff:problem:at-capacity"))
                .body("maxChats", equalTo(0));

        // nothing moved, not even alice's slot
        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(id, "alice"));
        assertThat(RoutingDatabase.activeChats(tenant)).isEqualTo(Map.of("alice", 1L));
    }

    @Test
    void onlyTheHolderOrASupervisorOfTheTenantTransfersAndOnlyAHeldChat() throws Exception {
        String tenant = aliceHoldsOne();
        String id = tenant + "-held";
        online(tenant, "bob");

        transfer(TestTokens.agent("bob", tenant, "agent"), id, "{\"toQueue\":true}")
                .statusCode(403)
                .body("type", equalTo("urn:handoff:problem:not-your-conversation"));
        transfer(TestTokens.agent("sue", "other-" + tenant, "agent", "supervisor"), id, "{\"toQueue\":true}")
                .statusCode(403);
        transfer(TestTokens.agent("alice", tenant, "agent"), tenant + "-w1", "{\"toQueue\":true}")
                .statusCode(409)
                .body("type", equalTo("urn:handoff:problem:not-assigned"));
        transfer(TestTokens.agent("alice", tenant, "agent"), tenant + "-ghost", "{\"toQueue\":true}")
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:conversation-not-found"));

        transfer(TestTokens.agent("sue", tenant, "supervisor"), id, "{\"toAgentId\":\"bob\"}")
                .statusCode(200)
                .body("fromAgentId", equalTo("alice"))
                .body("toAgentId", equalTo("bob"));
        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(id, "bob"));
    }

    @Test
    void backToTheQueueItWaitsAtItsOriginalPlaceAndItsFormerHolderMayClaimItAgain() throws Exception {
        String tenant = aliceHoldsOne();
        String id = tenant + "-held";

        transfer(TestTokens.agent("alice", tenant, "agent"), id, "{\"toQueue\":true}")
                .statusCode(200)
                .body("status", equalTo("WAITING"))
                .body("toAgentId", nullValue())
                .body("team", nullValue());

        List<IntegrationEvent> events =
                fixture.lifecycle(id, e -> e instanceof Transferred || e instanceof Requeued, 2);
        assertThat(events.get(0)).isInstanceOfSatisfying(Transferred.class, e -> {
            assertThat(e.toAgentId()).isNull();
            assertThat(e.toTeam()).isNull();
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(Requeued.class, e -> {
            assertThat(e.previousAgentId().value()).isEqualTo("alice");
            assertThat(e.reason()).isEqualTo("transferred");
        });
        assertThat(((QueuePositionChanged) fixture.lifecycle(id, QueuePositionChanged.class::isInstance, 1)
                                .get(0))
                        .position())
                .isEqualTo(2);
        // w2 is told 3 again, behind the chat that came back; it heard 2 in between only if an announcement ran
        // between alice's claim and the transfer (changes within one run coalesce)
        Announcements.awaitToldAsShown(fixture, tenant);
        assertThat(Announcements.told(fixture, tenant).get(tenant + "-w2"))
                .last()
                .extracting(AnnouncedPlace::position)
                .isEqualTo(3);
        given().auth()
                .oauth2(TestTokens.agent("bob", tenant, "agent"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .body("conversationId", contains(tenant + "-w1", id, tenant + "-w2"));
        assertThat(RoutingDatabase.activeChats(tenant)).isEmpty();

        claim("alice", tenant, id).statusCode(200).body("alreadyHeld", equalTo(false));
    }

    @Test
    void toATeamOnlyThatTeamsAgentsMayClaimIt() throws Exception {
        String tenant = aliceHoldsOne();
        String id = tenant + "-held";

        transfer(TestTokens.agent("alice", tenant, "agent"), id, "{\"toTeam\":\"billing\"}")
                .statusCode(200)
                .body("status", equalTo("WAITING"))
                .body("team", equalTo("billing"));

        Transferred transferred = (Transferred)
                fixture.lifecycle(id, Transferred.class::isInstance, 1).get(0);
        assertThat(transferred.toTeam().value()).isEqualTo("billing");
        assertThat(((QueuePositionChanged) fixture.lifecycle(id, QueuePositionChanged.class::isInstance, 1)
                                .get(0))
                        .position())
                .isEqualTo(1);
        given().auth()
                .oauth2(TestTokens.agent("bob", tenant, "agent"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .body("find { it.conversationId == '" + id + "' }.team", equalTo("billing"));
        given().auth()
                .oauth2(TestTokens.agentInTeams("sam", tenant, List.of("sales"), "agent"))
                .post("/api/v1/queue/{id}/claim", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.agentInTeams("bea", tenant, List.of("billing"), "agent"))
                .post("/api/v1/queue/{id}/claim", id)
                .then()
                .statusCode(200);
    }

    @Test
    void theBodyNamesExactlyOneValidTarget() {
        String alice = TestTokens.agent("alice", "demo", "agent");
        for (String bad : new String[] {
            "{}",
            "{\"toAgentId\":\"bob\",\"toQueue\":true}",
            "{\"toQueue\":true,\"toTeam\":\"billing\"}",
            "{\"toQueue\":false}",
            "{\"toAgentId\":\"not valid!\"}",
            "{\"toTeam\":\"\"}",
            "{\"toQueue\":\"maybe\"}",
            "not json"
        }) {
            transfer(alice, "any", bad).statusCode(400).contentType("application/problem+json");
        }
        given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .post("/api/v1/queue/{id}/transfer", "any")
                .then()
                .statusCode(400);
        transfer(alice, "not a valid id!", "{\"toQueue\":true}").statusCode(400);
    }

    @Test
    void transferringNeedsAnAgentOrSupervisorToken() {
        given().contentType(ContentType.JSON)
                .body("{\"toQueue\":true}")
                .post("/api/v1/queue/{id}/transfer", "any")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        transfer(TestTokens.agent("dave", "demo", "analyst"), "any", "{\"toQueue\":true}")
                .statusCode(403);
        transfer(TestTokens.bot("demo-bot", "demo", "demo-bot"), "any", "{\"toQueue\":true}")
                .statusCode(403);
    }
}
