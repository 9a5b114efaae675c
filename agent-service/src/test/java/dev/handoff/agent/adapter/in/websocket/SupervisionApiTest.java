package dev.handoff.agent.adapter.in.websocket;

import static dev.handoff.agent.adapter.in.websocket.AgentSockets.agentTab;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.frame;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.agent.adapter.in.rest.LiveChatFixture;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The supervisors' live view over real Kafka, PostgreSQL, sockets and tokens: the overview with presence and load,
 * chats opened read-only with their messages live, a take-over as routing announces it, teams, and who may see it.
 */
@QuarkusTest
@WithTestInfrastructure
class SupervisionApiTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @TestHTTPResource("/ws/agent")
    URI endpoint;
    /** Agent ids are global (presence is per agent): each test's own, so another test's socket changes nothing here. */
    private final String sueId = unique("sue");

    private final String aliceId = unique("alice");

    private static ValidatableResponse overview(String token) {
        return given().auth().oauth2(token).get("/api/v1/agent/supervision").then();
    }

    private static ValidatableResponse watch(String token, ConversationId id) {
        return given().auth()
                .oauth2(token)
                .post("/api/v1/agent/supervision/chats/{id}/watch", id.value())
                .then();
    }

    private static JsonNode changed(JsonSocketClient tab) {
        return tab.await(f -> "supervision.changed".equals(f.path("type").asText()));
    }

    @Test
    void theOverviewShowsPresenceAndLoadAndTheSupervisorIsToldLiveWhenEitherChanges() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String tenant = acme.tenant.value();
        String sue = TestTokens.agent(sueId, tenant, "agent", "supervisor");
        try (JsonSocketClient sueTab = AgentSockets.connect(endpoint, sue)) {
            JsonSocketClient aliceTab = agentTab(aliceId, tenant);
            JsonNode hint = changed(sueTab);
            assertThat(hint.has("seq")).as("a hint, not a numbered frame").isFalse();
            overview(sue)
                    .statusCode(200)
                    .body("agents.find { it.agentId == '" + aliceId + "' }.status", equalTo("ONLINE"))
                    .body("agents.find { it.agentId == '" + aliceId + "' }.activeChats", equalTo(0))
                    .body("agents.find { it.agentId == '" + sueId + "' }.supervisor", equalTo(true));

            ConversationId id = acme.assigned(unique("load"), aliceId);
            aliceTab.await(frame("assigned", id));
            changed(sueTab);
            overview(sue)
                    .statusCode(200)
                    .body("agents.find { it.agentId == '" + aliceId + "' }.activeChats", equalTo(1))
                    .body("chats.conversationId", contains(id.value()))
                    .body("chats[0].agentId", equalTo(aliceId));
            // the handoff's details come on another topic, possibly after the assignment
            Awaitility.await()
                    .atMost(LiveChatFixture.WAIT)
                    .untilAsserted(() -> overview(sue)
                            .body("chats[0].visitorName", equalTo("Thandi Mokoena"))
                            .body("chats[0].botName", equalTo("Billing Helper")));

            aliceTab.send("{\"type\":\"status\",\"status\":\"AWAY\"}");
            changed(sueTab);
            Awaitility.await()
                    .atMost(LiveChatFixture.WAIT)
                    .untilAsserted(() -> overview(sue)
                            .body("agents.find { it.agentId == '" + aliceId + "' }.status", equalTo("AWAY")));
            aliceTab.close();
        }
        // another tenant's supervisor sees none of it
        overview(TestTokens.agent(unique("olga"), "other-" + tenant, "agent", "supervisor"))
                .statusCode(200)
                .body("agents", empty())
                .body("chats", empty());
    }

    @Test
    void aWatchedChatShowsItsMessagesLiveAndStaysReadOnlyUntilTheSupervisorTakesItOver() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String tenant = acme.tenant.value();
        String sue = TestTokens.agent(sueId, tenant, "agent", "supervisor");
        String alice = TestTokens.agent(aliceId, tenant, "agent");
        try (JsonSocketClient sueTab = AgentSockets.connect(endpoint, sue);
                JsonSocketClient aliceTab = AgentSockets.connect(endpoint, alice)) {
            ConversationId id = acme.assigned(unique("watched"), aliceId);
            aliceTab.await(frame("assigned", id));
            acme.visitorWrites(id, "before the supervisor looked");
            aliceTab.await(frame("message", id));

            watch(sue, id)
                    .statusCode(200)
                    .body("assignee", equalTo(aliceId))
                    .body("history.text", hasItem("before the supervisor looked"));
            acme.visitorWrites(id, "while the supervisor looks");
            assertThat(sueTab.await(frame("message", id)).path("text").asText())
                    .isEqualTo("while the supervisor looks");
            given().auth()
                    .oauth2(alice)
                    .contentType(ContentType.JSON)
                    .body("{\"clientMessageId\":\"a1\",\"text\":\"Alice answers\"}")
                    .post("/api/v1/agent/chats/{id}/messages", id.value())
                    .then()
                    .statusCode(201);
            assertThat(sueTab.await(frame("message", id)).path("text").asText()).isEqualTo("Alice answers");
            given().auth()
                    .oauth2(sue)
                    .contentType(ContentType.JSON)
                    .body("{\"clientMessageId\":\"s1\",\"text\":\"Hi\"}")
                    .post("/api/v1/agent/chats/{id}/messages", id.value())
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:handoff:problem:not-chat-holder"));

            // take-over: routing's transfer to the supervisor, as it announces it
            acme.transfer(id, aliceId, sueId);
            sueTab.await(frame("assigned", id));
            assertThat(aliceTab.await(frame("chat.removed", id)).path("reason").asText())
                    .isEqualTo("transferred");
            given().auth()
                    .oauth2(sue)
                    .contentType(ContentType.JSON)
                    .body("{\"clientMessageId\":\"s2\",\"text\":\"Sue here\"}")
                    .post("/api/v1/agent/chats/{id}/messages", id.value())
                    .then()
                    .statusCode(201);
            given().auth()
                    .oauth2(alice)
                    .get("/api/v1/agent/chats/{id}", id.value())
                    .then()
                    .statusCode(404);
            overview(sue).body("chats.find { it.conversationId == '" + id.value() + "' }.agentId", equalTo(sueId));

            acme.endByVisitor(id);
            assertThat(sueTab.await(frame("chat.ended", id)).path("reason").asText())
                    .isEqualTo("ended-by-visitor");
        }
    }

    @Test
    void aSupervisorWritingTheMomentRoutingConfirmedTheTakeOverIsServedOnceItArrives() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String sue = TestTokens.agent(sueId, acme.tenant.value(), "agent", "supervisor");
        ConversationId id = acme.assigned(unique("fast"), aliceId);
        Awaitility.await()
                .atMost(LiveChatFixture.WAIT)
                .untilAsserted(() -> given().auth()
                        .oauth2(sue)
                        .get("/api/v1/agent/chats/{id}", id.value())
                        .then()
                        .statusCode(200)
                        .body("assignee", equalTo(aliceId)));

        // as routing announces POST .../take-over; the write goes out before agent-service has consumed it
        acme.transfer(id, aliceId, sueId);
        given().auth()
                .oauth2(sue)
                .contentType(ContentType.JSON)
                .body("{\"clientMessageId\":\"f1\",\"text\":\"Sue here\"}")
                .post("/api/v1/agent/chats/{id}/messages", id.value())
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(sue)
                .get("/api/v1/agent/chats/{id}", id.value())
                .then()
                .body("assignee", equalTo(sueId));
    }

    @Test
    void aWatchEndsWhenTheChatEndsAndOnlyTheTenantsSupervisorsMayWatch() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String tenant = acme.tenant.value();
        String sue = TestTokens.agent(sueId, tenant, "agent", "supervisor");
        try (JsonSocketClient sueTab = AgentSockets.connect(endpoint, sue)) {
            ConversationId id = acme.assigned(unique("ends"), aliceId);
            LiveChatFixture.awaitChat(sue, id);
            watch(sue, id).statusCode(200);
            acme.endByVisitor(id);
            sueTab.await(frame("chat.ended", id));
            // ended: readable, not watched
            watch(sue, id).statusCode(200).body("status", equalTo("ENDED"));
            given().auth()
                    .oauth2(sue)
                    .delete("/api/v1/agent/supervision/watch")
                    .then()
                    .statusCode(204);

            watch(TestTokens.agent("olga", "other-" + tenant, "agent", "supervisor"), id)
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:handoff:problem:chat-not-found"));
            watch(sue, ConversationId.of(tenant + "-unknown")).statusCode(404);
            given().auth()
                    .oauth2(sue)
                    .post("/api/v1/agent/supervision/chats/{id}/watch", "not an id!")
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void teamsComeFromTheAgentsSignInsWithTheirPresence() {
        String tenant = unique("teams");
        String sue = TestTokens.agent(sueId, tenant, "agent", "supervisor");
        try (JsonSocketClient ana = AgentSockets.connect(
                        endpoint, TestTokens.agentInTeams("ana", tenant, List.of("billing"), "agent"));
                JsonSocketClient ben = AgentSockets.connect(
                        endpoint, TestTokens.agentInTeams("ben", tenant, List.of("billing", "support"), "agent"))) {
            given().auth()
                    .oauth2(sue)
                    .get("/api/v1/agent/supervision/teams")
                    .then()
                    .statusCode(200)
                    .body("team", contains("billing", "support"))
                    .body("find { it.team == 'billing' }.members.agentId", contains("ana", "ben"))
                    .body("find { it.team == 'support' }.members.agentId", contains("ben"))
                    .body("find { it.team == 'support' }.members[0].status", equalTo("ONLINE"));
        }
    }

    @Test
    void agentsWithoutTheSupervisorRoleAreRefusedAndAnonymousCallersToo() {
        String agent = TestTokens.agent(aliceId, unique("t"), "agent");
        for (String path : List.of("/api/v1/agent/supervision", "/api/v1/agent/supervision/teams")) {
            given().auth().oauth2(agent).get(path).then().statusCode(403);
            given().get(path).then().statusCode(401);
        }
        given().auth()
                .oauth2(agent)
                .post("/api/v1/agent/supervision/chats/{id}/watch", "c-1")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(agent)
                .delete("/api/v1/agent/supervision/watch")
                .then()
                .statusCode(403);
    }
}
