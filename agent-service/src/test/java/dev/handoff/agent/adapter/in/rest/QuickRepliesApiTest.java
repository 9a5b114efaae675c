package dev.handoff.agent.adapter.in.rest;

import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.awaitChat;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Quick replies: personal and shared ones, who may see and change them, and sending one into a chat. */
@QuarkusTest
@WithTestInfrastructure
class QuickRepliesApiTest {
    private static final String PATH = "/api/v1/agent/quick-replies";

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static String tenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String body(String shortcut, String text, String scope) {
        return "{\"shortcut\":\"" + shortcut + "\",\"text\":\"" + text + "\""
                + (scope == null ? "" : ",\"scope\":\"" + scope + "\"") + "}";
    }

    private static ValidatableResponse create(String token, String shortcut, String text, String scope) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body(shortcut, text, scope))
                .post(PATH)
                .then();
    }

    private static String idOf(ValidatableResponse created) {
        return created.statusCode(201).extract().path("id");
    }

    @Test
    void anAgentCreatesListsChangesAndDeletesTheirPersonalReplies() {
        String alice = TestTokens.agent(unique("alice"), tenant(), "agent");
        ExtractableResponse<Response> created = create(alice, "/hi", "Hello! How can I help?", "PERSONAL")
                .statusCode(201)
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        create(alice, "/x", "x", "PERSONAL").statusCode(201);
        given().auth()
                .oauth2(alice)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("shortcut", contains("/hi", "/x"))
                .body("find { it.shortcut == '/hi' }.scope", equalTo("PERSONAL"))
                .body("find { it.shortcut == '/hi' }.id", equalTo(id));

        given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body(body("/hello", "Hello there!", null))
                .put(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("shortcut", equalTo("/hello"))
                .body("text", equalTo("Hello there!"));
        given().auth().oauth2(alice).delete(PATH + "/" + id).then().statusCode(204);
        given().auth().oauth2(alice).get(PATH).then().body("shortcut", contains("/x"));
        given().auth()
                .oauth2(alice)
                .delete(PATH + "/" + id)
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:quick-reply-not-found"));
    }

    @Test
    void sharedRepliesAreManagedBySupervisorsAndSeenByEveryAgentOfTheTenant() {
        String tenant = tenant();
        String sue = TestTokens.agent(unique("sue"), tenant, "agent", "supervisor");
        String alice = TestTokens.agent(unique("alice"), tenant, "agent");
        create(alice, "/bye", "Goodbye!", "SHARED")
                .statusCode(403)
                .body("type", equalTo("urn:handoff:problem:supervisors-only"));
        String id = idOf(create(sue, "/bye", "Goodbye!", "SHARED"));

        given().auth()
                .oauth2(alice)
                .get(PATH)
                .then()
                .body("shortcut", contains("/bye"))
                .body("[0].ownerId", nullValue());
        given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body(body("/b", "Bye", null))
                .put(PATH + "/" + id)
                .then()
                .statusCode(403);
        given().auth().oauth2(alice).delete(PATH + "/" + id).then().statusCode(403);
        given().auth()
                .oauth2(sue)
                .contentType(ContentType.JSON)
                .body(body("/b", "Bye", "SHARED"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(200);
        given().auth().oauth2(sue).delete(PATH + "/" + id).then().statusCode(204);
    }

    @Test
    void anotherAgentsPersonalReplyAndAnotherTenantsRepliesAreNotFound() {
        String tenant = tenant();
        String alice = TestTokens.agent(unique("alice"), tenant, "agent");
        String bob = TestTokens.agent(unique("bob"), tenant, "agent", "supervisor");
        String olga = TestTokens.agent(unique("olga"), tenant(), "agent", "supervisor");
        String alices = idOf(create(alice, "/mine", "Alice's words", "PERSONAL"));
        String shared = idOf(create(bob, "/shared", "Everyone's words", "SHARED"));

        for (String[] probe : new String[][] {{bob, alices}, {olga, alices}, {olga, shared}}) {
            given().auth()
                    .oauth2(probe[0])
                    .contentType(ContentType.JSON)
                    .body(body("/x", "x", null))
                    .put(PATH + "/" + probe[1])
                    .then()
                    .statusCode(404)
                    .body("type", equalTo("urn:handoff:problem:quick-reply-not-found"));
            given().auth().oauth2(probe[0]).delete(PATH + "/" + probe[1]).then().statusCode(404);
        }
        given().auth().oauth2(bob).get(PATH).then().body("shortcut", contains("/shared"));
        given().auth().oauth2(olga).get(PATH).then().body("$", empty());
        given().auth().oauth2(alice).delete(PATH + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void shortcutsAreUniquePerScopeAndBadRepliesAreRejected() {
        String tenant = tenant();
        String sue = TestTokens.agent(unique("sue"), tenant, "supervisor");
        String alice = TestTokens.agent(unique("alice"), tenant, "agent");
        create(sue, "/hi", "Hi", "SHARED").statusCode(201);
        create(sue, "/hi", "Hi again", "SHARED")
                .statusCode(409)
                .body("type", equalTo("urn:handoff:problem:shortcut-taken"))
                .body("shortcut", equalTo("/hi"));
        create(alice, "/hi", "My hi", "PERSONAL").statusCode(201);

        create(alice, "s".repeat(33), "x", "PERSONAL").statusCode(400).body("errors[0].field", equalTo("shortcut"));
        create(alice, "/long", "t".repeat(2001), "PERSONAL").statusCode(400).body("errors[0].field", equalTo("text"));
        create(alice, "/empty", " ", "PERSONAL").statusCode(400).body("errors[0].field", equalTo("text"));
        create(alice, "/s", "x", "GLOBAL").statusCode(400).body("errors[0].field", equalTo("scope"));
        create(alice, "/s", "x", null).statusCode(400).body("errors[0].field", equalTo("scope"));
    }

    @Test
    void aQuickReplyIsSentIntoAChatAsTheAgentsMessageOnce() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String aliceId = unique("alice");
        String alice = TestTokens.agent(aliceId, acme.tenant.value(), "agent");
        String bob = TestTokens.agent(unique("bob"), acme.tenant.value(), "agent");
        ConversationId chat = acme.assigned("c1", aliceId);
        awaitChat(alice, chat);
        String mine = idOf(create(alice, "/hi", "Hello, Thandi!", "PERSONAL"));
        String bobs = idOf(create(bob, "/hi", "Bob says hi", "PERSONAL"));

        String path = "/api/v1/agent/chats/{id}/quick-replies/{qr}";
        String messageId = given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body("{\"clientMessageId\":\"q-1\"}")
                .post(path, chat.value(), mine)
                .then()
                .statusCode(201)
                .body("text", equalTo("Hello, Thandi!"))
                .body("sender", equalTo("AGENT"))
                .extract()
                .path("messageId");
        given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body("{\"clientMessageId\":\"q-1\"}")
                .post(path, chat.value(), mine)
                .then()
                .statusCode(200)
                .body("messageId", equalTo(messageId));
        given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body("{\"clientMessageId\":\"q-2\"}")
                .post(path, chat.value(), bobs)
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:quick-reply-not-found"));
        given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body("{}")
                .post(path, chat.value(), mine)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(bob)
                .contentType(ContentType.JSON)
                .body("{\"clientMessageId\":\"q-3\"}")
                .post(path, chat.value(), bobs)
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:chat-not-found"));
    }
}
