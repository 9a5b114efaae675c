package dev.handoff.notification.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestInfrastructure
class RecipientsResourceTest {
    private static final String PATH = "/api/v1/notifications/recipients";

    private static String supervisor(String tenant) {
        return TestTokens.agent("sam", tenant, "supervisor");
    }

    @Test
    void aTenantWithoutRecipientsHasAnEmptyList() {
        given().auth()
                .oauth2(supervisor("recipients-empty"))
                .get(PATH)
                .then()
                .statusCode(200)
                .body("emails", empty());
    }

    @Test
    void aSupervisorReplacesTheListAndReadsItBack() {
        String token = supervisor("recipients-roundtrip");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"emails\": [\"ana@example.com\", \"sipho@example.org\", \"ANA@example.com\"]}")
                .put(PATH)
                .then()
                .statusCode(200)
                .body("emails", contains("ana@example.com", "sipho@example.org"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"emails\": [\"sipho@example.org\", \"lee@example.com\"]}")
                .put(PATH)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(token)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("emails", contains("sipho@example.org", "lee@example.com"));
    }

    @Test
    void eachTenantSeesOnlyItsOwnRecipients() {
        given().auth()
                .oauth2(supervisor("recipients-a"))
                .contentType(ContentType.JSON)
                .body("{\"emails\": [\"a@example.com\"]}")
                .put(PATH)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(supervisor("recipients-b"))
                .get(PATH)
                .then()
                .statusCode(200)
                .body("emails", empty());
    }

    @Test
    void withoutTokenTheAnswerIs401() {
        given().get(PATH)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().contentType(ContentType.JSON)
                .body("{\"emails\": []}")
                .put(PATH)
                .then()
                .statusCode(401);
    }

    @Test
    void anAgentMayNotReadOrChangeRecipients() {
        String agent = TestTokens.agent("alex", "recipients-agent", "agent");
        given().auth().oauth2(agent).get(PATH).then().statusCode(403).contentType("application/problem+json");
        given().auth()
                .oauth2(agent)
                .contentType(ContentType.JSON)
                .body("{\"emails\": [\"a@example.com\"]}")
                .put(PATH)
                .then()
                .statusCode(403);
    }

    @Test
    void anAddressThatIsNoAddressIsRefusedWithAProblem() {
        given().auth()
                .oauth2(supervisor("recipients-invalid"))
                .contentType(ContentType.JSON)
                .body("{\"emails\": [\"ok@example.com\", \"not an address\"]}")
                .put(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:validation"))
                .body("errors", not(empty()));
    }

    @Test
    void anAddressWithoutDomainIsRefusedByTheDomainRules() {
        given().auth()
                .oauth2(supervisor("recipients-nodomain"))
                .contentType(ContentType.JSON)
                .body("{\"emails\": [\"ana@localhost\"]}")
                .put(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:validation"))
                .body("errors.field", hasItem("emails[0]"));
    }

    @Test
    void aMissingOrBrokenBodyIsRefusedWithAProblem() {
        String token = supervisor("recipients-broken");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{}")
                .put(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"emails\": \"ana@example.com\"")
                .put(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .put(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void moreThanFiftyRecipientsAreRefused() {
        StringBuilder body = new StringBuilder("{\"emails\": [");
        for (int i = 0; i < 51; i++) {
            body.append(i == 0 ? "" : ",").append("\"agent").append(i).append("@example.com\"");
        }
        given().auth()
                .oauth2(supervisor("recipients-many"))
                .contentType(ContentType.JSON)
                .body(body.append("]}").toString())
                .put(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
