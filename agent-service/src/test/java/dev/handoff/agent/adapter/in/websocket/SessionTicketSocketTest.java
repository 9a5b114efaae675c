package dev.handoff.agent.adapter.in.websocket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestInfrastructure
class SessionTicketSocketTest {
    @TestHTTPResource("/ws/agent")
    URI endpoint;

    @Inject
    AgroalDataSource dataSource;

    private static String agent(String user) {
        return TestTokens.agent(user, "t-" + UUID.randomUUID(), "agent");
    }

    @Test
    void anAgentGetsAUrlSafeTicketValidForThirtySeconds() {
        Instant before = Instant.now();
        String expiresAt = given().auth()
                .oauth2(agent("alice"))
                .post("/api/v1/agent/session-tickets")
                .then()
                .statusCode(200)
                .body("ticket", matchesPattern("[A-Za-z0-9_-]{43,}"))
                .body("expiresAt", notNullValue())
                .extract()
                .path("expiresAt");
        assertThat(Instant.parse(expiresAt))
                .isBetween(before.plusSeconds(29), Instant.now().plusSeconds(31));
    }

    @Test
    void ticketsNeedAnAgentToken() {
        given().post("/api/v1/agent/session-tickets").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.agent("dave", "demo", "analyst"))
                .post("/api/v1/agent/session-tickets")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aTicketOpensOneSocketOnly() {
        String ticket = AgentSockets.ticket(agent("alice"));
        try (JsonSocketClient first = AgentSockets.open(endpoint, "ticket=" + ticket)) {
            assertThat(first.next().path("type").asText()).isEqualTo("welcome");
            JsonSocketClient second = AgentSockets.open(endpoint, "ticket=" + ticket);
            assertThat(second.awaitClose())
                    .isEqualTo(
                            new JsonSocketClient.Closed(AgentSocket.TICKET_REJECTED, "ticket unknown or already used"));
        }
    }

    @Test
    void aSocketWithoutTicketOrWithAnUnknownOneIsClosedWith4401() {
        assertThat(AgentSockets.open(endpoint, "").awaitClose())
                .isEqualTo(new JsonSocketClient.Closed(4401, "ticket missing"));
        assertThat(AgentSockets.open(endpoint, "ticket=not-a-ticket").awaitClose())
                .isEqualTo(new JsonSocketClient.Closed(4401, "ticket unknown or already used"));
    }

    @Test
    void anExpiredTicketIsClosedWith4401() throws Exception {
        String ticket = "expired-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into session_ticket (ticket_hash, tenant_id, agent_id, display_name, roles, teams, expires_at) "
                                + "values (?, 'demo', 'erin', 'Erin', '[\"agent\"]', '[]', ?)")) {
            insert.setString(
                    1,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(ticket.getBytes(StandardCharsets.UTF_8))));
            insert.setTimestamp(2, Timestamp.from(Instant.now().minus(Duration.ofSeconds(1))));
            insert.executeUpdate();
        }
        assertThat(AgentSockets.open(endpoint, "ticket=" + ticket).awaitClose())
                .isEqualTo(new JsonSocketClient.Closed(4401, "ticket expired"));
    }
}
