package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A supervisor takes a chat over: a transfer to themselves, refused for other tenants, ended chats and agents. */
@QuarkusTest
@WithTestInfrastructure
class TakeOverApiTest {
    private static QueueFixture fixture;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    private static ValidatableResponse takeOver(String token, String conversationId) {
        return given().auth()
                .oauth2(token)
                .post("/api/v1/queue/{id}/take-over", conversationId)
                .then();
    }

    /** A new tenant whose alice holds {tenant}-held and whose supervisor sue is online. */
    private static String aliceHoldsOne() {
        String tenant = "t-" + UUID.randomUUID();
        fixture.queue(tenant, null, List.of(tenant + "-held"));
        given().auth()
                .oauth2(TestTokens.agent("alice", tenant, "agent"))
                .post("/api/v1/queue/{id}/claim", tenant + "-held")
                .then()
                .statusCode(200);
        fixture.agentOnline(tenant, "sue");
        return tenant;
    }

    @Test
    void theSupervisorBecomesTheHolderAnnouncedAsATransferFromThePreviousAgent() throws Exception {
        String tenant = aliceHoldsOne();
        String id = tenant + "-held";

        takeOver(TestTokens.agent("sue", tenant, "agent", "supervisor"), id)
                .statusCode(200)
                .body("fromAgentId", equalTo("alice"))
                .body("toAgentId", equalTo("sue"))
                .body("status", equalTo("ASSIGNED"));

        List<IntegrationEvent> events = fixture.lifecycle(
                id,
                e -> e instanceof Transferred || e instanceof Assigned a && a.method() == AssignmentMethod.TRANSFER,
                2);
        assertThat(events.get(0)).isInstanceOfSatisfying(Transferred.class, e -> {
            assertThat(e.fromAgentId().value()).isEqualTo("alice");
            assertThat(e.toAgentId().value()).isEqualTo("sue");
        });
        assertThat(events.get(1))
                .isInstanceOfSatisfying(
                        Assigned.class, e -> assertThat(e.agentId().value()).isEqualTo("sue"));
        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(id, "sue"));
        assertThat(RoutingDatabase.activeChats(tenant)).isEqualTo(Map.of("sue", 1L));
        // taking over what one holds already changes nothing
        takeOver(TestTokens.agent("sue", tenant, "agent", "supervisor"), id)
                .statusCode(409)
                .body("type", equalTo("urn:handoff:problem:already-held-by-target"));
    }

    @Test
    void anotherTenantsChatAnEndedChatAndAnAgentWithoutTheRoleAreRefused() throws Exception {
        String tenant = aliceHoldsOne();
        String id = tenant + "-held";
        fixture.agentOnline("other-" + tenant, "olga");

        takeOver(TestTokens.agent("olga", "other-" + tenant, "agent", "supervisor"), id)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:not-your-conversation"));
        takeOver(TestTokens.agent("bob", tenant, "agent"), id).statusCode(403);
        takeOver(TestTokens.agent("alice", tenant, "agent"), id).statusCode(403);
        given().post("/api/v1/queue/{id}/take-over", id).then().statusCode(401);
        takeOver(TestTokens.agent("sue", tenant, "agent", "supervisor"), "not an id!")
                .statusCode(400);
        takeOver(TestTokens.agent("sue", tenant, "agent", "supervisor"), tenant + "-ghost")
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:conversation-not-found"));
        assertThat(RoutingDatabase.holders(tenant)).isEqualTo(Map.of(id, "alice"));

        fixture.publish(new Completed(
                UUID.randomUUID(), Instant.now(), TenantId.of(tenant), ConversationId.of(id), AgentId.of("alice")));
        Awaitility.await()
                .atMost(QueueFixture.WAIT)
                .until(() -> RoutingDatabase.holders(tenant).isEmpty());
        takeOver(TestTokens.agent("sue", tenant, "agent", "supervisor"), id)
                .statusCode(409)
                .body("type", equalTo("urn:handoff:problem:not-assigned"));
        assertThat(RoutingDatabase.holders(tenant)).isEmpty();
    }
}
