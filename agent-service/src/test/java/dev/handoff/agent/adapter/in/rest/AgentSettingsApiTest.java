package dev.handoff.agent.adapter.in.rest;

import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.WAIT;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An agent's settings, in the default configuration: no translator is configured. */
@QuarkusTest
@WithTestInfrastructure
class AgentSettingsApiTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static ValidatableResponse put(String token, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/agent/settings")
                .then();
    }

    private static void assertInvalid(String token, String body, String type) {
        put(token, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:" + type));
    }

    @Test
    void defaultsThenAChosenLanguageInCanonicalCaseKeptPerTenantAndClearedWithNull() {
        String agent = unique("ana");
        String token = TestTokens.agent(agent, "t-" + agent, "agent");
        given().auth()
                .oauth2(token)
                .get("/api/v1/agent/settings")
                .then()
                .statusCode(200)
                .body("preferredLanguage", nullValue())
                .body("translationAvailable", equalTo(false))
                .body("updatedAt", nullValue());

        put(token, "{\"preferredLanguage\":\"pt-br\"}")
                .statusCode(200)
                .body("preferredLanguage", equalTo("pt-BR"))
                .body("translationAvailable", equalTo(false))
                .body("updatedAt", notNullValue());
        given().auth().oauth2(token).get("/api/v1/agent/settings").then().body("preferredLanguage", equalTo("pt-BR"));
        // The same person in another tenant has settings of their own.
        given().auth()
                .oauth2(TestTokens.agent(agent, "u-" + agent, "agent"))
                .get("/api/v1/agent/settings")
                .then()
                .body("preferredLanguage", nullValue());

        put(token, "{\"preferredLanguage\":null}").statusCode(200).body("preferredLanguage", nullValue());
        put(token, "{\"preferredLanguage\":\"es\"}").statusCode(200);
        put(token, "{}").statusCode(200).body("preferredLanguage", nullValue());
        // Supervisors have settings too.
        put(TestTokens.agent(unique("sue"), "t-" + agent, "supervisor"), "{\"preferredLanguage\":\"fr\"}")
                .statusCode(200)
                .body("preferredLanguage", equalTo("fr"));
    }

    @Test
    void whatIsNoLanguageIsRefusedNamingTheField() {
        String token = TestTokens.agent(unique("ana"), "t-validation", "agent");
        for (String tag : new String[] {"english", "en_US", "x-klingon", "und", "", "e", "en-" + "a".repeat(40)}) {
            put(token, "{\"preferredLanguage\":\"" + tag + "\"}")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:handoff:problem:validation"))
                    .body("errors[0].field", equalTo("preferredLanguage"));
        }
        assertInvalid(token, "{\"preferredLanguage\":42}", "malformed-json");
        assertInvalid(token, "{\"preferredLanguage\":\"en\\u0000\"}", "validation");
        assertInvalid(token, "{\"preferredLanguage\":[\"en\"]}", "malformed-json");
        assertInvalid(token, "{\"preferredLanguage\":", "malformed-json");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .put("/api/v1/agent/settings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token).get("/api/v1/agent/settings").then().body("preferredLanguage", nullValue());
    }

    @Test
    void settingsNeedAnAgentOrSupervisorToken() {
        given().get("/api/v1/agent/settings").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.agent("dave", "demo", "analyst"))
                .get("/api/v1/agent/settings")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        put(TestTokens.agent("dave", "demo", "analyst"), "{\"preferredLanguage\":\"en\"}")
                .statusCode(403);
    }

    @Test
    void withoutATranslatorVisitorsMessagesAreShownAsWrittenEvenToAnAgentWhoChoseALanguage() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String agent = unique("ana");
        String token = TestTokens.agent(agent, acme.tenant.value(), "agent");
        put(token, "{\"preferredLanguage\":\"en\"}").statusCode(200).body("translationAvailable", equalTo(false));
        ConversationId id = acme.assigned("untranslated", agent, "es-MX");
        String messageId = acme.visitorWrites(id, "hola, necesito ayuda", "es");

        String line = "history.find { it.messageId == '" + messageId + "' }";
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/v1/agent/chats/{id}", id.value())
                        .then()
                        .statusCode(200)
                        .body(line + ".text", equalTo("hola, necesito ayuda")));
        given().auth()
                .oauth2(token)
                .get("/api/v1/agent/chats/{id}", id.value())
                .then()
                .body(line + ".language", equalTo("es"))
                .body(line + ".translation", nullValue());
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"clientMessageId\":\"k-1\",\"text\":\"Hello\"}")
                .post("/api/v1/agent/chats/{id}/messages", id.value())
                .then()
                .statusCode(201)
                .body("language", equalTo("en"))
                .body("translation", nullValue());
    }
}
