package dev.handoff.notification.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import dev.handoff.notification.NotificationFixture;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.MutableClock;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings, personal preferences, known agents and the log over REST: shapes, roles, tenants, bad input. */
@QuarkusTest
@WithTestInfrastructure
class NotificationApiTest {
    private static final String SETTINGS = "/api/v1/notifications/settings";
    private static final String PREFERENCES = "/api/v1/notifications/preferences";
    private static final String LOG = "/api/v1/notifications";

    @Inject
    MutableClock clock;

    @Test
    void aTenantStartsWithTheDefaultsAndSupervisorsReplaceThemWithPerBotThresholds() {
        try (NotificationFixture acme = new NotificationFixture("api-settings", clock)) {
            given().auth()
                    .oauth2(acme.supervisorToken())
                    .get(SETTINGS)
                    .then()
                    .statusCode(200)
                    .body("mailAgents", equalTo(true))
                    .body("waitingAfterMinutes", equalTo(5))
                    .body("escalateAfterMinutes", nullValue())
                    .body("batchMinutes", equalTo(3))
                    .body("idleMinutes", equalTo(5))
                    .body("language", equalTo("en"))
                    .body("bots", empty());

            given().auth()
                    .oauth2(acme.supervisorToken())
                    .contentType(ContentType.JSON)
                    .body("""
                    {"mailAgents":false,"waitingAfterMinutes":7,"escalateAfterMinutes":20,"batchMinutes":2,
                     "idleMinutes":10,"language":"de","bots":[{"botId":"vip-bot","waitingAfterMinutes":1}]}""")
                    .put(SETTINGS)
                    .then()
                    .statusCode(200);

            given().auth()
                    .oauth2(acme.supervisorToken())
                    .get(SETTINGS)
                    .then()
                    .statusCode(200)
                    .body("mailAgents", equalTo(false))
                    .body("waitingAfterMinutes", equalTo(7))
                    .body("escalateAfterMinutes", equalTo(20))
                    .body("language", equalTo("de"))
                    .body("bots.botId", contains("vip-bot"))
                    .body("bots[0].waitingAfterMinutes", equalTo(1));
            given().auth()
                    .oauth2(TestTokens.agent("sam", "api-other-tenant", "supervisor"))
                    .get(SETTINGS)
                    .then()
                    .statusCode(200)
                    .body("waitingAfterMinutes", equalTo(5));
        }
    }

    @Test
    void settingsOutOfRangeOrMalformedAreRefusedNamingTheFields() {
        String token = TestTokens.agent("sam", "api-bad-settings", "supervisor");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"mailAgents\":true,\"waitingAfterMinutes\":0,\"escalateAfterMinutes\":3,\"batchMinutes\":500,"
                        + "\"idleMinutes\":5,\"language\":\"<b>\"}")
                .put(SETTINGS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:validation"))
                .body("errors.field", hasItems("waitingAfterMinutes", "batchMinutes", "language"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"mailAgents\":true}")
                .put(SETTINGS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("waitingAfterMinutes"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(
                        "{\"mailAgents\":true,\"waitingAfterMinutes\":5,\"batchMinutes\":3,\"idleMinutes\":5,"
                                + "\"bots\":[{\"botId\":\"a\",\"waitingAfterMinutes\":1},{\"botId\":\"a\",\"waitingAfterMinutes\":2}]}")
                .put(SETTINGS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"mailAgents\":true,\"waitingAfterMinutes\":5,\"batchMinutes\":3,\"idleMinutes\":5,"
                        + "\"bots\":[{\"botId\":\"../x\",\"waitingAfterMinutes\":1}]}")
                .put(SETTINGS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"mailAgents\":tru")
                .put(SETTINGS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"mailAgents\":true,\"waitingAfterMinutes\":\"5\"}")
                .put(SETTINGS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlySupervisorsSeeSettingsAgentsAndTheLog() {
        String agent = TestTokens.agent("alex", "api-roles", "agent");
        for (String path : new String[] {SETTINGS, LOG, "/api/v1/notifications/agents"}) {
            given().auth().oauth2(agent).get(path).then().statusCode(403).contentType("application/problem+json");
            given().get(path).then().statusCode(401).contentType("application/problem+json");
        }
        given().auth()
                .oauth2(TestTokens.agent("dave", "api-roles", "analyst"))
                .get(PREFERENCES)
                .then()
                .statusCode(403);
    }

    @Test
    void anAgentReadsAndChangesTheirOwnPreferencesWhichRecordsTheirAddress() {
        try (NotificationFixture acme = new NotificationFixture("api-prefs", clock)) {
            String ana = acme.agentToken("ana", "de-AT");
            given().auth()
                    .oauth2(ana)
                    .get(PREFERENCES)
                    .then()
                    .statusCode(200)
                    .body("emailNewRequest", equalTo(true))
                    .body("desktopVisitorMessage", equalTo(true))
                    .body("sound", equalTo(true))
                    .body("mailLanguage", nullValue())
                    .body("email", equalTo(acme.email("ana")))
                    .body("idleMinutes", equalTo(5))
                    .body("mailLanguages", contains("en", "de"));

            given().auth()
                    .oauth2(ana)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "emailNewRequest",
                            false,
                            "emailStillWaiting",
                            true,
                            "emailVisitorMessage",
                            true,
                            "desktopNewRequest",
                            false,
                            "desktopVisitorMessage",
                            true,
                            "sound",
                            false,
                            "mailLanguage",
                            "en"))
                    .put(PREFERENCES)
                    .then()
                    .statusCode(200)
                    .body("emailNewRequest", equalTo(false));
            given().auth()
                    .oauth2(ana)
                    .get(PREFERENCES)
                    .then()
                    .statusCode(200)
                    .body("emailNewRequest", equalTo(false))
                    .body("desktopNewRequest", equalTo(false))
                    .body("sound", equalTo(false))
                    .body("mailLanguage", equalTo("en"));
            // another agent of the tenant still has everything on
            given().auth()
                    .oauth2(acme.agentToken("bob", null))
                    .get(PREFERENCES)
                    .then()
                    .statusCode(200)
                    .body("emailNewRequest", equalTo(true));

            given().auth()
                    .oauth2(acme.supervisorToken())
                    .get("/api/v1/notifications/agents")
                    .then()
                    .statusCode(200)
                    .body("agentId", contains("ana", "bob"))
                    .body("[0].email", equalTo(acme.email("ana")))
                    .body("[0].language", equalTo("de-AT"))
                    .body("[0].presence", nullValue());
        }
    }

    @Test
    void preferencesMustNameEverySwitchAndAMailLanguageThereAreMailsIn() {
        String token = TestTokens.agent("ana", "api-bad-prefs", "agent");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"emailNewRequest\":true}")
                .put(PREFERENCES)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("emailStillWaiting"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "emailNewRequest",
                        true,
                        "emailStillWaiting",
                        true,
                        "emailVisitorMessage",
                        true,
                        "desktopNewRequest",
                        true,
                        "desktopVisitorMessage",
                        true,
                        "sound",
                        true,
                        "mailLanguage",
                        "xx"))
                .put(PREFERENCES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("mailLanguage"));
        // an agent whose token has no address is told mail cannot reach them
        given().auth().oauth2(token).get(PREFERENCES).then().statusCode(200).body("email", nullValue());
    }

    @Test
    void theLogIsFilteredByConversationAndMailStateAndRefusesBadParameters() {
        try (NotificationFixture acme = new NotificationFixture("api-log", clock)) {
            acme.recipients("log@example.com");
            ConversationId id = acme.queuedRequest("Logged", "hello");
            NotificationFixture.awaitMails(id, "NEW_REQUEST", 1);

            given().auth()
                    .oauth2(acme.supervisorToken())
                    .queryParam("conversationId", id.value())
                    .get(LOG)
                    .then()
                    .statusCode(200)
                    .body("kind", containsInAnyOrder("STILL_WAITING", "NEW_REQUEST"))
                    .body("find { it.kind == 'NEW_REQUEST' }.status", equalTo("DECIDED"))
                    .body("find { it.kind == 'NEW_REQUEST' }.mails[0].email", equalTo("log@example.com"))
                    .body("find { it.kind == 'NEW_REQUEST' }.mails[0].status", equalTo("SENT"))
                    .body("find { it.kind == 'NEW_REQUEST' }.mails[0].attempts", equalTo(1));
            given().auth()
                    .oauth2(acme.supervisorToken())
                    .queryParam("mailStatus", "FAILED,ABANDONED")
                    .get(LOG)
                    .then()
                    .statusCode(200)
                    .body("$", empty());
            // another tenant's supervisor sees nothing of it
            given().auth()
                    .oauth2(TestTokens.agent("sam", "api-log-other", "supervisor"))
                    .queryParam("conversationId", id.value())
                    .get(LOG)
                    .then()
                    .statusCode(200)
                    .body("$", empty());

            for (Map<String, String> bad : List.of(
                    Map.of("conversationId", "../etc"),
                    Map.of("mailStatus", "LOST"),
                    Map.of("limit", "0"),
                    Map.of("limit", "201"),
                    Map.of("limit", "x"))) {
                given().auth()
                        .oauth2(acme.supervisorToken())
                        .queryParams(bad)
                        .get(LOG)
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json");
            }
        }
    }
}
