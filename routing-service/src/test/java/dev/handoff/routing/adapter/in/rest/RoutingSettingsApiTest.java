package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestInfrastructure
class RoutingSettingsApiTest {
    private static RequestSpecification supervisorOf(String tenant) {
        return given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "supervisor"))
                .contentType(ContentType.JSON);
    }

    @Test
    void agentsKeepTheirChatsUntilASupervisorChoosesToRequeueThem() {
        String tenant = "t-" + UUID.randomUUID();
        supervisorOf(tenant)
                .get("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("onAgentUnavailable", equalTo("KEEP"));

        supervisorOf(tenant)
                .body("{\"onAgentUnavailable\":\"REQUEUE\"}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("onAgentUnavailable", equalTo("REQUEUE"));
        supervisorOf(tenant)
                .get("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("onAgentUnavailable", equalTo("REQUEUE"));
        // another tenant is untouched
        supervisorOf("other-" + tenant)
                .get("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("onAgentUnavailable", equalTo("KEEP"));

        supervisorOf(tenant)
                .body("{\"onAgentUnavailable\":\"KEEP\"}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("onAgentUnavailable", equalTo("KEEP"));
    }

    @Test
    void theRuleIsValidated() {
        String tenant = "t-" + UUID.randomUUID();
        for (String bad : new String[] {
            "{\"onAgentUnavailable\":\"SOMETIMES\"}",
            "{\"onAgentUnavailable\":\"keep\"}",
            "{}",
            "{\"onAgentUnavailable\":null}"
        }) {
            supervisorOf(tenant)
                    .body(bad)
                    .put("/api/v1/routing/settings")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("onAgentUnavailable"));
        }
        supervisorOf(tenant)
                .body("{\"onAgentUnavailable\":[1]}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        supervisorOf(tenant)
                .body("not json")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        supervisorOf(tenant)
                .get("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("onAgentUnavailable", equalTo("KEEP"));
    }

    @Test
    void agentsClaimUntilASupervisorChoosesAnotherStrategyAndAPutKeepsWhatItDoesNotName() {
        String tenant = "t-" + UUID.randomUUID();
        supervisorOf(tenant)
                .get("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("strategy", equalTo("MANUAL"))
                .body("offerTimeoutSeconds", equalTo(30))
                .body("onAgentUnavailable", equalTo("KEEP"));

        supervisorOf(tenant)
                .body("{\"strategy\":\"AUTO_WITH_OFFER\",\"offerTimeoutSeconds\":45}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("strategy", equalTo("AUTO_WITH_OFFER"))
                .body("offerTimeoutSeconds", equalTo(45))
                .body("onAgentUnavailable", equalTo("KEEP"));
        supervisorOf(tenant)
                .body("{\"onAgentUnavailable\":\"REQUEUE\"}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("strategy", equalTo("AUTO_WITH_OFFER"))
                .body("offerTimeoutSeconds", equalTo(45))
                .body("onAgentUnavailable", equalTo("REQUEUE"));
        supervisorOf(tenant)
                .body("{\"strategy\":\"AUTO\"}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200);

        supervisorOf(tenant)
                .get("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("strategy", equalTo("AUTO"))
                .body("offerTimeoutSeconds", equalTo(45))
                .body("onAgentUnavailable", equalTo("REQUEUE"));
        supervisorOf("other-" + tenant)
                .get("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("strategy", equalTo("MANUAL"));
    }

    @Test
    void theStrategyAndTheOfferTimeoutAreValidated() {
        String tenant = "t-" + UUID.randomUUID();
        for (String bad : new String[] {
            "{\"strategy\":\"ROUND_ROBIN\"}",
            "{\"strategy\":\"auto\"}",
            "{\"strategy\":\"AUTO\",\"onAgentUnavailable\":\"NEVER\"}"
        }) {
            supervisorOf(tenant)
                    .body(bad)
                    .put("/api/v1/routing/settings")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.contains("NEVER") ? "onAgentUnavailable" : "strategy"));
        }
        for (String bad : new String[] {
            "{\"offerTimeoutSeconds\":4}", "{\"offerTimeoutSeconds\":601}", "{\"offerTimeoutSeconds\":-30}"
        }) {
            supervisorOf(tenant)
                    .body(bad)
                    .put("/api/v1/routing/settings")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("offerTimeoutSeconds"));
        }
        supervisorOf(tenant)
                .body("{\"offerTimeoutSeconds\":\"soon\"}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        supervisorOf(tenant)
                .body("{\"offerTimeoutSeconds\":5}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("offerTimeoutSeconds", equalTo(5));
        supervisorOf(tenant)
                .body("{\"offerTimeoutSeconds\":600}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200)
                .body("offerTimeoutSeconds", equalTo(600))
                .body("strategy", equalTo("MANUAL"));
    }

    @Test
    void onlySupervisorsReadOrSetIt() {
        given().get("/api/v1/routing/settings").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.agent("alice", "demo", "agent"))
                .get("/api/v1/routing/settings")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.agent("alice", "demo", "agent"))
                .contentType(ContentType.JSON)
                .body("{\"onAgentUnavailable\":\"REQUEUE\"}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(403);
    }
}
