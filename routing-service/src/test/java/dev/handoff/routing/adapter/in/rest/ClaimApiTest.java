package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.QueuePositionChanged;
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
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestInfrastructure
class ClaimApiTest {
    private static QueueFixture fixture;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    private static ValidatableResponse claim(String token, String conversationId) {
        return given().auth()
                .oauth2(token)
                .post("/api/v1/queue/{id}/claim", conversationId)
                .then();
    }

    private static String newTenant() {
        return "t-" + UUID.randomUUID();
    }

    @Test
    void theFirstClaimantGetsItEveryOtherLearnsWhoAndTheQueueMovesUp() {
        String tenant = newTenant();
        fixture.queue(tenant, null, List.of(tenant + "-a", tenant + "-b"));

        claim(TestTokens.agent("alice", tenant, "agent"), tenant + "-a")
                .statusCode(200)
                .body("conversationId", equalTo(tenant + "-a"))
                .body("agentId", equalTo("alice"))
                .body("alreadyHeld", equalTo(false));
        claim(TestTokens.agent("bob", tenant, "agent"), tenant + "-a")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:already-claimed"))
                .body("heldBy", equalTo("alice"));
        claim(TestTokens.agent("alice", tenant, "agent"), tenant + "-a")
                .statusCode(200)
                .body("alreadyHeld", equalTo(true));

        Assigned assigned = (Assigned)
                fixture.lifecycle(tenant + "-a", Assigned.class::isInstance, 1).get(0);
        assertThat(assigned.agentId().value()).isEqualTo("alice");
        assertThat(assigned.method()).isEqualTo(AssignmentMethod.CLAIM);
        QueuePositionChanged moved =
                (QueuePositionChanged) fixture.lifecycle(tenant + "-b", QueuePositionChanged.class::isInstance, 1)
                        .get(0);
        assertThat(moved.position()).isEqualTo(1);
        given().auth()
                .oauth2(TestTokens.agent("bob", tenant, "agent"))
                .get("/api/v1/queue")
                .then()
                .statusCode(200)
                .body("conversationId", contains(tenant + "-b"));
    }

    @Test
    void agentsOfAnotherTenantOrTeamAreForbiddenAndUnknownConversationsAreNotFound() {
        String tenant = newTenant();
        fixture.queue(tenant, "billing", List.of(tenant + "-billing"));

        claim(TestTokens.agent("mallory", "other-" + tenant, "agent"), tenant + "-billing")
                .statusCode(403)
                .body("type", equalTo("urn:handoff:problem:not-your-queue"));
        claim(TestTokens.agentInTeams("sam", tenant, List.of("sales"), "agent"), tenant + "-billing")
                .statusCode(403);
        claim(TestTokens.agentInTeams("bea", tenant, List.of("billing"), "agent"), tenant + "-billing")
                .statusCode(200);
        claim(TestTokens.agent("alice", tenant, "agent"), tenant + "-nobody")
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:conversation-not-queued"));
        claim(TestTokens.agent("alice", tenant, "agent"), "not a valid id!")
                .statusCode(400)
                .body("type", equalTo("urn:handoff:problem:validation"))
                .body("errors[0].field", equalTo("conversationId"));
    }

    @Test
    void anAgentAtCapacityGets422UntilOneOfTheirChatsEnds() {
        String tenant = newTenant();
        List<String> ids =
                IntStream.rangeClosed(1, 6).mapToObj(i -> tenant + "-" + i).toList();
        fixture.queue(tenant, null, ids);
        String alice = TestTokens.agent("alice", tenant, "agent");
        ids.subList(0, 5).forEach(id -> claim(alice, id).statusCode(200));

        claim(alice, ids.get(5))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:at-capacity"))
                .body("maxChats", equalTo(5));

        fixture.publish(new Completed(
                UUID.randomUUID(),
                Instant.now(),
                TenantId.of(tenant),
                ConversationId.of(ids.get(0)),
                AgentId.of("alice")));
        Awaitility.await()
                .atMost(QueueFixture.WAIT)
                .untilAsserted(() -> claim(alice, ids.get(5)).statusCode(200));
        claim(TestTokens.agent("bob", tenant, "agent"), ids.get(0))
                .statusCode(409)
                .body("type", equalTo("urn:handoff:problem:no-longer-waiting"));
    }

    @Test
    void claimingNeedsAnAgentToken() {
        given().post("/api/v1/queue/{id}/claim", "any").then().statusCode(401).contentType("application/problem+json");
        claim(TestTokens.agent("dave", "demo", "analyst"), "any").statusCode(403);
        claim(TestTokens.bot("demo-bot", "demo", "demo-bot"), "any").statusCode(403);
    }
}
