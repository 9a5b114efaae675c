package dev.handoff.agent.adapter.in.websocket;

import static dev.handoff.agent.adapter.in.websocket.AgentSockets.agentTab;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The transfer dialog's list: connected agents of the caller's tenant, online first, the caller left out. */
@QuarkusTest
@WithTestInfrastructure
class ColleaguesApiTest {
    @TestHTTPResource("/ws/agent")
    URI endpoint;

    private static List<Map<String, Object>> colleaguesOf(String token) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/agent/colleagues")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    @Test
    void connectedAgentsOfTheTenantAreListedByNameOnlineFirst() {
        String tenant = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        String ana = TestTokens.agent("ana", tenant, "agent");
        try (JsonSocketClient anaTab = AgentSockets.connect(endpoint, ana);
                JsonSocketClient zoeTab = AgentSockets.connect(
                        endpoint, TestTokens.agentInTeams("zoe", tenant, List.of("billing"), "agent"));
                JsonSocketClient benTab = agentTab("ben", tenant);
                JsonSocketClient stranger = agentTab("eve", tenant + "-other")) {
            benTab.send("{\"type\":\"status\",\"status\":\"AWAY\"}");
            benTab.await("status");

            await().atMost(JsonSocketClient.WAIT)
                    .untilAsserted(() -> assertThat(colleaguesOf(ana))
                            .extracting(c -> c.get("agentId") + ":" + c.get("status"))
                            .containsExactly("zoe:ONLINE", "ben:AWAY"));
            assertThat(colleaguesOf(ana).get(0))
                    .containsEntry("displayName", "zoe")
                    .containsEntry("teams", List.of("billing"));
            // Listed because their tabs are open: presence follows the sockets.
            assertThat(List.of(anaTab, zoeTab, benTab, stranger)).noneMatch(JsonSocketClient::isClosed);
        }
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().get("/api/v1/agent/colleagues").then().statusCode(401);
    }
}
