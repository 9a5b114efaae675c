package dev.handoff.agent.adapter.in.rest;

import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.WAIT;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.awaitChat;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading chats: the Active chats list, one chat with its history, read marks, and who may see what. */
@QuarkusTest
@WithTestInfrastructure
class ChatsApiTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @Test
    void aChatAssignedOnKafkaIsListedAndShowsVisitorBotHistoryAndLiveMessagesInOrder() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String alice = unique("alice");
        String token = TestTokens.agent(alice, acme.tenant.value(), "agent");
        ConversationId id = acme.assigned("c1", alice);
        awaitChat(token, id);
        String messageId = acme.visitorWrites(id, "Are you there? <b>now</b>");

        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/v1/agent/chats/{id}", id.value())
                        .then()
                        .statusCode(200)
                        .body("history", hasSize(3)));
        given().auth()
                .oauth2(token)
                .get("/api/v1/agent/chats/{id}", id.value())
                .then()
                .statusCode(200)
                .body("conversationId", equalTo(id.value()))
                .body("status", equalTo("ASSIGNED"))
                .body("assignee", equalTo(alice))
                .body("botId", equalTo("support-bot"))
                .body("botName", equalTo("Billing Helper"))
                .body("botAvatarUrl", equalTo("https://cdn.example.com/billing.png"))
                .body("visitor.name", equalTo("Thandi Mokoena"))
                .body("visitor.email", equalTo("thandi@example.com"))
                .body("visitor.locale", equalTo("en-ZA"))
                .body("visitor.attributes.plan", equalTo("premium"))
                .body("startedAt", equalTo("2026-11-23T09:59:30Z"))
                .body("handoffAt", notNullValue())
                .body("history.source", contains("bot", "bot", "live"))
                .body("history.sender", contains("VISITOR", "BOT", "VISITOR"))
                .body("history[0].time", equalTo("2026-11-23T09:59:30Z"))
                .body("history[1].time", nullValue())
                .body("history[2].messageId", equalTo(messageId))
                .body("history[2].sequence", equalTo(1))
                .body("history[2].senderName", equalTo("Thandi Mokoena"))
                .body("history[2].text", equalTo("Are you there? <b>now</b>"))
                .body("history[2].time", notNullValue())
                .body("unread", equalTo(1));

        given().auth()
                .oauth2(token)
                .get("/api/v1/agent/chats")
                .then()
                .statusCode(200)
                .body("conversationId", contains(id.value()))
                .body("[0].visitorName", equalTo("Thandi Mokoena"))
                .body("[0].botId", equalTo("support-bot"))
                .body("[0].botName", equalTo("Billing Helper"))
                .body("[0].since", notNullValue())
                .body("[0].preview", equalTo("Are you there? <b>now</b>"))
                .body("[0].unread", equalTo(1));
    }

    @Test
    void theReadMarkClearsTheUnreadCountUpToTheGivenMessageOrAll() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String alice = unique("alice");
        String token = TestTokens.agent(alice, acme.tenant.value(), "agent");
        ConversationId id = acme.assigned("c1", alice);
        awaitChat(token, id);
        acme.visitorWrites(id, "one");
        acme.visitorWrites(id, "two");
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/v1/agent/chats")
                        .then()
                        .body("[0].unread", equalTo(2)));

        given().auth()
                .oauth2(token)
                .queryParam("upToSequence", 1)
                .post("/api/v1/agent/chats/{id}/read", id.value())
                .then()
                .statusCode(200)
                .body("readUpTo", equalTo(1))
                .body("unread", equalTo(1));
        given().auth()
                .oauth2(token)
                .post("/api/v1/agent/chats/{id}/read", id.value())
                .then()
                .statusCode(200)
                .body("readUpTo", equalTo(2))
                .body("unread", equalTo(0));
        given().auth().oauth2(token).get("/api/v1/agent/chats").then().body("[0].unread", equalTo(0));
        for (String notANumber : List.of("x", "５", "-1", "1e3", "99999999999999999999")) {
            given().auth()
                    .oauth2(token)
                    .queryParam("upToSequence", notANumber)
                    .post("/api/v1/agent/chats/{id}/read", id.value())
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("upToSequence"));
        }
        given().auth()
                .oauth2(TestTokens.agent(unique("bob"), acme.tenant.value(), "agent"))
                .post("/api/v1/agent/chats/{id}/read", id.value())
                .then()
                .statusCode(404);
    }

    @Test
    void anotherAgentsChatAnotherTenantsChatAndAnUnknownChatAreAllNotFound() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String alice = unique("alice");
        ConversationId id = acme.assigned("c1", alice);
        awaitChat(TestTokens.agent(alice, acme.tenant.value(), "agent"), id);

        for (String stranger : new String[] {
            TestTokens.agent(unique("bob"), acme.tenant.value(), "agent"),
            TestTokens.agent(alice, "other-" + acme.tenant.value(), "agent", "supervisor")
        }) {
            given().auth()
                    .oauth2(stranger)
                    .get("/api/v1/agent/chats/{id}", id.value())
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:handoff:problem:chat-not-found"));
            given().auth()
                    .oauth2(stranger)
                    .get("/api/v1/agent/chats")
                    .then()
                    .statusCode(200)
                    .body("$", empty());
        }
        given().auth()
                .oauth2(TestTokens.agent(alice, acme.tenant.value(), "agent"))
                .get("/api/v1/agent/chats/{id}", "no-such-chat")
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:chat-not-found"));
        given().auth()
                .oauth2(TestTokens.agent(alice, acme.tenant.value(), "agent"))
                .get("/api/v1/agent/chats/{id}", "not an id!")
                .then()
                .statusCode(404);
    }

    @Test
    void aSupervisorOfTheTenantReadsAnyChatButDoesNotWriteInIt() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String alice = unique("alice");
        ConversationId id = acme.assigned("c1", alice);
        String sue = TestTokens.agent(unique("sue"), acme.tenant.value(), "supervisor");
        awaitChat(TestTokens.agent(alice, acme.tenant.value(), "agent"), id);

        // The details come on another topic than the assignment: wait for them too.
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().auth()
                        .oauth2(sue)
                        .get("/api/v1/agent/chats/{id}", id.value())
                        .then()
                        .statusCode(200)
                        .body("assignee", equalTo(alice))
                        .body("history", not(empty())));
        given().auth()
                .oauth2(sue)
                .get("/api/v1/agent/chats")
                .then()
                .statusCode(200)
                .body("$", empty());
        given().auth()
                .oauth2(sue)
                .contentType(ContentType.JSON)
                .body("{\"clientMessageId\":\"k\",\"text\":\"Hi\"}")
                .post("/api/v1/agent/chats/{id}/messages", id.value())
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:handoff:problem:not-chat-holder"));
        given().auth()
                .oauth2(sue)
                .post("/api/v1/agent/chats/{id}/complete", id.value())
                .then()
                .statusCode(403);
    }

    @Test
    void theChatEndpointsNeedAnAgentOrSupervisorToken() {
        given().get("/api/v1/agent/chats").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.agent("dave", "demo", "analyst"))
                .get("/api/v1/agent/chats")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.agent("dave", "demo", "analyst"))
                .get("/api/v1/agent/quick-replies")
                .then()
                .statusCode(403);
    }
}
