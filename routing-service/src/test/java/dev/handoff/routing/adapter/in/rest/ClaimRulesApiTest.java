package dev.handoff.routing.adapter.in.rest;

import static dev.handoff.routing.adapter.in.rest.AutoAssignmentApiTest.put;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Offered;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may take from which queue (teams from presence before the token, supervisors everywhere), the same rule in the
 * queue view, and a refused claim naming the holder by the display name they were assigned under.
 */
@QuarkusTest
@WithTestInfrastructure
class ClaimRulesApiTest {
    private static QueueFixture fixture;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    private static void presence(String tenant, String agent, PresenceStatus status, String... teams) {
        RoutingDatabase.awaitConsumed(
                fixture.presence(tenant, agent, status, Instant.now(), teams).eventId());
    }

    private static ValidatableResponse claim(String token, String conversationId) {
        return given().auth()
                .oauth2(token)
                .post("/api/v1/queue/{id}/claim", conversationId)
                .then();
    }

    private static ValidatableResponse view(String token) {
        return given().auth().oauth2(token).get("/api/v1/queue").then().statusCode(200);
    }

    @Test
    void anAgentsTeamsComeFromTheirPresenceWhenKnownElseFromTheTokenAndSupervisorsServeEveryTeam() {
        String tenant = "t-" + UUID.randomUUID();
        String billing = tenant + "-billing";
        String sales1 = tenant + "-sales-1";
        String sales2 = tenant + "-sales-2";
        String general = tenant + "-general";
        fixture.queue(tenant, "billing", List.of(billing));
        fixture.queue(tenant, "sales", List.of(sales1, sales2));
        fixture.queue(tenant, null, List.of(general));
        // sam's token was issued while he was in sales; agent-service has since reported him in billing
        String sam = TestTokens.agentInTeams("sam", tenant, List.of("sales"), "agent");
        presence(tenant, "sam", PresenceStatus.ONLINE, "billing");
        String tom = TestTokens.agentInTeams("tom", tenant, List.of("billing"), "agent");

        view(sam).body("conversationId", containsInAnyOrder(billing, general));
        view(tom).body("conversationId", containsInAnyOrder(billing, general));
        view(TestTokens.agent("carol", tenant, "supervisor"))
                .body("conversationId", containsInAnyOrder(billing, sales1, sales2, general));

        claim(sam, sales1).statusCode(403).body("type", equalTo("urn:handoff:problem:not-your-queue"));
        // tom has no presence yet: his token's teams decide
        claim(tom, sales1).statusCode(403);
        claim(sam, billing).statusCode(200);
        claim(sam, general).statusCode(200);
        // a supervisor who also answers chats may take from any team's queue of the tenant
        claim(TestTokens.agentInTeams("sue", tenant, List.of("billing"), "agent", "supervisor"), sales1)
                .statusCode(200);
        // once tom's presence names no team, he serves every team
        presence(tenant, "tom", PresenceStatus.ONLINE);
        view(tom).body("conversationId", containsInAnyOrder(sales2));
        claim(tom, sales2).statusCode(200);
    }

    @Test
    void aRefusedClaimNamesTheHolderByTheNameTheyGotItUnder() {
        String tenant = "t-" + UUID.randomUUID();
        String claimed = tenant + "-claimed";
        String offered = tenant + "-offered";
        String automatic = tenant + "-auto";
        String transferred = tenant + "-transferred";
        String bob = TestTokens.agent("bob", tenant, "agent");

        // a claim: the name in the claimant's token
        fixture.queue(tenant, null, List.of(claimed, transferred));
        claim(NamedTokens.agent("alice", "Alice Example", tenant, "agent"), claimed)
                .statusCode(200);
        claim(bob, claimed)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:already-claimed"))
                .body("heldBy", equalTo("alice"))
                .body("heldByName", equalTo("Alice Example"))
                .body("detail", containsString("Alice Example (alice)"));

        // a transfer to an agent: the name in the target's presence
        claim(NamedTokens.agent("alice", "Alice Example", tenant, "agent"), transferred)
                .statusCode(200);
        presence(tenant, "dan", PresenceStatus.ONLINE);
        given().auth()
                .oauth2(TestTokens.agent("alice", tenant, "agent"))
                .contentType(ContentType.JSON)
                .body("{\"toAgentId\":\"dan\"}")
                .post("/api/v1/queue/{id}/transfer", transferred)
                .then()
                .statusCode(200);
        claim(bob, transferred).statusCode(409).body("heldBy", equalTo("dan")).body("heldByName", equalTo("Agent dan"));

        // AUTO: the name in the agent's presence, as Assigned announced it
        put(tenant, "/api/v1/routing/teams/auto/settings", "{\"strategy\":\"AUTO\"}");
        presence(tenant, "zoe", PresenceStatus.ONLINE, "auto");
        fixture.queue(tenant, "auto", List.of(automatic));
        Assigned assigned = (Assigned)
                fixture.lifecycle(automatic, Assigned.class::isInstance, 1).get(0);
        assertThat(assigned.method()).isEqualTo(AssignmentMethod.AUTO);
        claim(TestTokens.agent("sue", tenant, "agent", "supervisor"), automatic)
                .statusCode(409)
                .body("heldBy", equalTo("zoe"))
                .body("heldByName", equalTo("Agent zoe"));

        // an accepted offer: the name in the accepting agent's token
        put(tenant, "/api/v1/routing/teams/offers/settings", "{\"strategy\":\"AUTO_WITH_OFFER\"}");
        presence(tenant, "yan", PresenceStatus.ONLINE, "offers");
        fixture.queue(tenant, "offers", List.of(offered));
        assertThat(((Offered) fixture.lifecycle(offered, Offered.class::isInstance, 1)
                                .get(0))
                        .agentId()
                        .value())
                .isEqualTo("yan");
        given().auth()
                .oauth2(NamedTokens.agent("yan", "Yan Accepting", tenant, "agent"))
                .post("/api/v1/queue/{id}/accept", offered)
                .then()
                .statusCode(200);
        claim(TestTokens.agent("sue", tenant, "agent", "supervisor"), offered)
                .statusCode(409)
                .body("heldBy", equalTo("yan"))
                .body("heldByName", equalTo("Yan Accepting"));
    }
}
