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
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestInfrastructure
class TeamRoutingSettingsApiTest {
    private static RequestSpecification supervisorOf(String tenant) {
        return given().auth()
                .oauth2(TestTokens.agent("carol", tenant, "supervisor"))
                .contentType(ContentType.JSON);
    }

    @Test
    void aTeamInheritsEveryFieldItDoesNotSetIncludingLaterTenantChanges() {
        String tenant = "t-" + UUID.randomUUID();
        supervisorOf(tenant)
                .get("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(200)
                .body("team", equalTo("billing"))
                .body("strategy", nullValue())
                .body("offerTimeoutSeconds", nullValue())
                .body("effectiveStrategy", equalTo("MANUAL"))
                .body("effectiveOfferTimeoutSeconds", equalTo(30));

        supervisorOf(tenant)
                .body("{\"strategy\":\"AUTO_WITH_OFFER\"}")
                .put("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(200)
                .body("strategy", equalTo("AUTO_WITH_OFFER"))
                .body("offerTimeoutSeconds", nullValue())
                .body("effectiveStrategy", equalTo("AUTO_WITH_OFFER"))
                .body("effectiveOfferTimeoutSeconds", equalTo(30));
        supervisorOf(tenant)
                .body("{\"strategy\":\"AUTO\",\"offerTimeoutSeconds\":20}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200);

        // the team keeps its own strategy and follows the tenant's timeout; another team follows both
        supervisorOf(tenant)
                .get("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(200)
                .body("effectiveStrategy", equalTo("AUTO_WITH_OFFER"))
                .body("effectiveOfferTimeoutSeconds", equalTo(20));
        supervisorOf(tenant)
                .get("/api/v1/routing/teams/sales/settings")
                .then()
                .statusCode(200)
                .body("strategy", nullValue())
                .body("effectiveStrategy", equalTo("AUTO"))
                .body("effectiveOfferTimeoutSeconds", equalTo(20));
        supervisorOf("other-" + tenant)
                .get("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(200)
                .body("effectiveStrategy", equalTo("MANUAL"));
    }

    @Test
    void aPutReplacesTheOverridesAndAnEmptyOneInheritsEverythingAgain() {
        String tenant = "t-" + UUID.randomUUID();
        supervisorOf(tenant)
                .body("{\"strategy\":\"MANUAL\",\"offerTimeoutSeconds\":90}")
                .put("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(200)
                .body("strategy", equalTo("MANUAL"))
                .body("offerTimeoutSeconds", equalTo(90));
        supervisorOf(tenant)
                .body("{\"offerTimeoutSeconds\":60}")
                .put("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(200)
                .body("strategy", nullValue())
                .body("offerTimeoutSeconds", equalTo(60));

        supervisorOf(tenant)
                .body("{}")
                .put("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(200)
                .body("strategy", nullValue())
                .body("offerTimeoutSeconds", nullValue())
                .body("effectiveOfferTimeoutSeconds", equalTo(30));
    }

    @Test
    void theOverridesAndTheTeamAreValidated() {
        String tenant = "t-" + UUID.randomUUID();
        for (String bad : new String[] {"{\"strategy\":\"SOMETIMES\"}", "{\"strategy\":\"\"}"}) {
            supervisorOf(tenant)
                    .body(bad)
                    .put("/api/v1/routing/teams/billing/settings")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("strategy"));
        }
        for (String bad : new String[] {"{\"offerTimeoutSeconds\":0}", "{\"offerTimeoutSeconds\":3600}"}) {
            supervisorOf(tenant)
                    .body(bad)
                    .put("/api/v1/routing/teams/billing/settings")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("offerTimeoutSeconds"));
        }
        supervisorOf(tenant)
                .body("not json")
                .put("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        supervisorOf(tenant)
                .put("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(400);
        supervisorOf(tenant)
                .body("{}")
                .put("/api/v1/routing/teams/{team}/settings", "not a team!")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        supervisorOf(tenant)
                .get("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(200)
                .body("strategy", nullValue())
                .body("offerTimeoutSeconds", nullValue());
    }

    @Test
    void onlySupervisorsReadOrSetIt() {
        given().get("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.agent("alice", "demo", "agent"))
                .get("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.agent("alice", "demo", "agent"))
                .contentType(ContentType.JSON)
                .body("{\"strategy\":\"AUTO\"}")
                .put("/api/v1/routing/teams/billing/settings")
                .then()
                .statusCode(403);
    }
}
