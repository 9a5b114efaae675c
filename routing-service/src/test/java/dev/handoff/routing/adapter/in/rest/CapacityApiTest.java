package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestInfrastructure
class CapacityApiTest {
    private static QueueFixture fixture;

    @BeforeAll
    static void connect() {
        fixture = new QueueFixture();
    }

    @AfterAll
    static void disconnect() {
        fixture.close();
    }

    private static RequestSpecification supervisorOf(String tenant) {
        return given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "agent", "supervisor"))
                .contentType(ContentType.JSON);
    }

    private static void claim(String agent, String tenant, String id, int status) {
        given().auth()
                .oauth2(TestTokens.agent(agent, tenant, "agent"))
                .post("/api/v1/queue/{id}/claim", id)
                .then()
                .statusCode(status);
    }

    @Test
    void aTenantWithoutSettingsUsesTheConfiguredDefault() {
        supervisorOf("t-" + UUID.randomUUID())
                .get("/api/v1/routing/capacity")
                .then()
                .statusCode(200)
                .body("defaultMaxChats", equalTo(5))
                .body("agents.size()", equalTo(0));
    }

    @Test
    void theTenantDefaultAndAnAgentsOwnLimitDecideClaims() {
        String tenant = "t-" + UUID.randomUUID();
        List<String> ids =
                IntStream.rangeClosed(1, 5).mapToObj(i -> tenant + "-" + i).toList();
        fixture.queue(tenant, null, ids);
        supervisorOf(tenant)
                .body("{\"defaultMaxChats\":1}")
                .put("/api/v1/routing/capacity")
                .then()
                .statusCode(200)
                .body("defaultMaxChats", equalTo(1));
        supervisorOf(tenant)
                .body("{\"maxChats\":3}")
                .put("/api/v1/routing/capacity/agents/bob")
                .then()
                .statusCode(200)
                .body("agents.find { it.agentId == 'bob' }.maxChats", equalTo(3));

        claim("alice", tenant, ids.get(0), 200);
        claim("alice", tenant, ids.get(1), 422);
        claim("bob", tenant, ids.get(1), 200);
        claim("bob", tenant, ids.get(2), 200);
        claim("bob", tenant, ids.get(3), 200);
        claim("bob", tenant, ids.get(4), 422);

        supervisorOf(tenant)
                .get("/api/v1/routing/capacity")
                .then()
                .statusCode(200)
                .body("agents.find { it.agentId == 'alice' }.activeChats", equalTo(1))
                .body("agents.find { it.agentId == 'alice' }.maxChats", nullValue())
                .body("agents.find { it.agentId == 'bob' }.activeChats", equalTo(3));

        // back to the tenant default: bob keeps his three chats but may not take a fourth
        supervisorOf(tenant)
                .body("{\"maxChats\":null}")
                .put("/api/v1/routing/capacity/agents/bob")
                .then()
                .statusCode(200)
                .body("agents.find { it.agentId == 'bob' }.maxChats", nullValue());
        claim("bob", tenant, ids.get(4), 422);
        supervisorOf(tenant)
                .body("{\"defaultMaxChats\":4}")
                .put("/api/v1/routing/capacity")
                .then()
                .statusCode(200);
        claim("bob", tenant, ids.get(4), 200);
    }

    @Test
    void limitsAreValidatedAndOnlyForSupervisors() {
        String tenant = "t-" + UUID.randomUUID();
        supervisorOf(tenant)
                .body("{\"defaultMaxChats\":-1}")
                .put("/api/v1/routing/capacity")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        supervisorOf(tenant).body("{}").put("/api/v1/routing/capacity").then().statusCode(400);
        supervisorOf(tenant)
                .body("{\"maxChats\":\"many\"}")
                .put("/api/v1/routing/capacity/agents/bob")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        supervisorOf(tenant)
                .body("{\"maxChats\":101}")
                .put("/api/v1/routing/capacity/agents/bob")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("maxChats")));
        given().auth()
                .oauth2(TestTokens.agent("alice", tenant, "agent"))
                .get("/api/v1/routing/capacity")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
