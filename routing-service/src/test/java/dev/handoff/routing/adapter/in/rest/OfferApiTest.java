package dev.handoff.routing.adapter.in.rest;

import static dev.handoff.routing.adapter.in.rest.AutoAssignmentApiTest.presence;
import static dev.handoff.routing.adapter.in.rest.AutoAssignmentApiTest.put;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.Offered;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** AUTO_WITH_OFFER: the least busy agent is offered the head of the queue and accepts, declines or lets it expire. */
@QuarkusTest
@WithTestInfrastructure
class OfferApiTest {
    private static QueueFixture fixture;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    private static ValidatableResponse answer(String agent, String tenant, String id, String answer) {
        return given().auth()
                .oauth2(TestTokens.agent(agent, tenant, "agent"))
                .post("/api/v1/queue/{id}/" + answer, id)
                .then();
    }

    private static String newOfferingTenant(int timeoutSeconds) {
        String tenant = "t-" + UUID.randomUUID();
        put(
                tenant,
                "/api/v1/routing/settings",
                "{\"strategy\":\"AUTO_WITH_OFFER\",\"offerTimeoutSeconds\":" + timeoutSeconds + "}");
        return tenant;
    }

    /** The {@code n}th (1-based) offer of the conversation. */
    private static Offered offer(String id, int n) {
        return (Offered) fixture.lifecycle(id, Offered.class::isInstance, n).get(n - 1);
    }

    private static Requeued requeue(String id, int n) {
        return (Requeued) fixture.lifecycle(id, Requeued.class::isInstance, n).get(n - 1);
    }

    @Test
    void theOfferedAgentAcceptsAndHoldsItWhileNobodyElseMayTakeOrAnswerIt() throws Exception {
        String tenant = newOfferingTenant(30);
        String id = tenant + "-o";
        presence(tenant, "alice", PresenceStatus.ONLINE);
        fixture.queue(tenant, null, List.of(id));

        Offered offered = offer(id, 1);
        assertThat(offered.agentId().value()).isEqualTo("alice");
        assertThat(Duration.between(offered.occurredAt(), offered.expiresAt())).isEqualTo(Duration.ofSeconds(30));
        // still in line for the visitor, reserved for alice
        given().auth()
                .oauth2(TestTokens.agent("bob", tenant, "agent"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .body("[0].conversationId", equalTo(id))
                .body("[0].position", equalTo(1))
                .body("[0].offeredTo", equalTo("alice"));
        given().auth()
                .oauth2(TestTokens.agent("bob", tenant, "agent"))
                .post("/api/v1/queue/{id}/claim", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:offered-to-another"))
                .body("offeredTo", equalTo("alice"));
        answer("bob", tenant, id, "accept")
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:not-your-offer"));
        answer("bob", tenant, id, "decline").statusCode(403);
        answer("alice", "other-" + tenant, id, "accept").statusCode(403);
        assertThat(RoutingDatabase.activeChats(tenant)).isEmpty();

        answer("alice", tenant, id, "accept")
                .statusCode(200)
                .body("conversationId", equalTo(id))
                .body("agentId", equalTo("alice"))
                .body("alreadyHeld", equalTo(false));

        Assigned assigned =
                (Assigned) fixture.lifecycle(id, Assigned.class::isInstance, 1).get(0);
        assertThat(assigned.agentId().value()).isEqualTo("alice");
        assertThat(assigned.method()).isEqualTo(AssignmentMethod.AUTO);
        answer("alice", tenant, id, "accept").statusCode(200).body("alreadyHeld", equalTo(true));
        answer("alice", tenant, id, "decline").statusCode(409).body("type", equalTo("urn:handoff:problem:no-offer"));
        answer("alice", tenant, tenant + "-ghost", "accept")
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:conversation-not-found"));
        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(id, "alice"));
        assertThat(RoutingDatabase.activeChats(tenant)).isEqualTo(Map.of("alice", 1L));
    }

    @Test
    void aDeclinedOfferGoesToTheNextAgentAndNeverBackToWhoDeclinedIt() throws Exception {
        String tenant = newOfferingTenant(30);
        String id = tenant + "-d";
        presence(tenant, "alice", PresenceStatus.ONLINE);
        presence(tenant, "bob", PresenceStatus.ONLINE);
        fixture.queue(tenant, null, List.of(id));
        assertThat(offer(id, 1).agentId().value()).isEqualTo("alice");

        answer("alice", tenant, id, "decline").statusCode(204);

        assertThat(requeue(id, 1).reason()).isEqualTo("offer-declined");
        assertThat(requeue(id, 1).previousAgentId().value()).isEqualTo("alice");
        assertThat(offer(id, 2).agentId().value()).isEqualTo("bob");
        answer("alice", tenant, id, "accept").statusCode(403);
        answer("bob", tenant, id, "decline").statusCode(204);
        assertThat(requeue(id, 2).previousAgentId().value()).isEqualTo("bob");

        // everyone declined: it waits (claimable) until someone new can be offered it
        presence(tenant, "carol", PresenceStatus.ONLINE);
        assertThat(offer(id, 3).agentId().value()).isEqualTo("carol");
        answer("alice", tenant, id, "accept").statusCode(403);
        answer("carol", tenant, id, "accept").statusCode(200);
        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(id, "carol"));
    }

    @Test
    void anOfferNotAcceptedInTimeGoesToTheNextAgentAndTheLateAcceptIsTooLate() throws Exception {
        String tenant = newOfferingTenant(5);
        String id = tenant + "-t";
        presence(tenant, "alice", PresenceStatus.ONLINE);
        presence(tenant, "bob", PresenceStatus.ONLINE);
        fixture.queue(tenant, null, List.of(id));
        Offered first = offer(id, 1);
        assertThat(first.agentId().value()).isEqualTo("alice");

        Requeued timedOut = requeue(id, 1);

        assertThat(timedOut.reason()).isEqualTo("offer-timeout");
        assertThat(timedOut.previousAgentId().value()).isEqualTo("alice");
        assertThat(timedOut.occurredAt()).isAfterOrEqualTo(first.expiresAt());
        assertThat(offer(id, 2).agentId().value()).isEqualTo("bob");
        answer("alice", tenant, id, "accept")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:offer-expired"));
        answer("bob", tenant, id, "accept").statusCode(200);
    }

    @Test
    void anAgentWhoGoesAwayLosesTheirOfferToTheNextAgentAtOnce() {
        String tenant = newOfferingTenant(600);
        String id = tenant + "-a";
        presence(tenant, "alice", PresenceStatus.ONLINE);
        presence(tenant, "bob", PresenceStatus.ONLINE);
        fixture.queue(tenant, null, List.of(id));
        assertThat(offer(id, 1).agentId().value()).isEqualTo("alice");

        presence(tenant, "alice", PresenceStatus.AWAY);

        assertThat(requeue(id, 1).reason()).isEqualTo("agent-away");
        assertThat(offer(id, 2).agentId().value()).isEqualTo("bob");
        answer("alice", tenant, id, "accept").statusCode(403);
    }

    @Test
    void anAcceptAtCapacityIsRefusedAndTheOfferStaysUntilTheAgentHasRoom() throws Exception {
        String tenant = newOfferingTenant(600);
        put(tenant, "/api/v1/routing/capacity", "{\"defaultMaxChats\":1}");
        presence(tenant, "alice", PresenceStatus.ONLINE);
        String offered = tenant + "-o";
        String claimed = tenant + "-c";
        fixture.queue(tenant, null, List.of(offered));
        assertThat(offer(offered, 1).agentId().value()).isEqualTo("alice");
        // her open offer fills her only slot, so this one is offered to nobody; she claims it herself
        fixture.queue(tenant, null, List.of(claimed));
        given().auth()
                .oauth2(TestTokens.agent("alice", tenant, "agent"))
                .post("/api/v1/queue/{id}/claim", claimed)
                .then()
                .statusCode(200);

        answer("alice", tenant, offered, "accept")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:at-capacity"))
                .body("maxChats", equalTo(1));
        given().auth()
                .oauth2(TestTokens.agent("alice", tenant, "agent"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .body("[0].conversationId", equalTo(offered))
                .body("[0].offeredTo", equalTo("alice"));

        fixture.publish(new Completed(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                ConversationId.of(claimed),
                AgentId.of("alice")));
        org.awaitility.Awaitility.await()
                .atMost(QueueFixture.WAIT)
                .untilAsserted(() -> answer("alice", tenant, offered, "accept").statusCode(200));
        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(offered, "alice"));
    }

    @Test
    void answeringNeedsAnAgentTokenAndAValidId() {
        given().post("/api/v1/queue/{id}/accept", "any").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.agent("sue", "demo", "supervisor"))
                .post("/api/v1/queue/{id}/decline", "any")
                .then()
                .statusCode(403);
        answer("alice", "demo", "not a valid id!", "accept").statusCode(400).contentType("application/problem+json");
    }
}
