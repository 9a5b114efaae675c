package dev.handoff.agent.adapter.in.rest;

import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.WAIT;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.awaitChat;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.SubjectChanged;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Writing in chats: messages (idempotent), typing, subject and completion, with the events they publish. */
@QuarkusTest
@WithTestInfrastructure
class ChatActionsApiTest {
    private static final EventJson JSON = new EventJson();

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    /** A chat of a fresh tenant, assigned to a fresh agent whose token is returned with it. */
    private record Held(LiveChatFixture tenant, ConversationId id, String agent, String token) {}

    private static Held held() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String alice = unique("alice");
        ConversationId id = acme.assigned("c1", alice);
        String token = TestTokens.agent(alice, acme.tenant.value(), "agent");
        awaitChat(token, id);
        return new Held(acme, id, alice, token);
    }

    private static ValidatableResponse post(String token, String path, ConversationId id, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/agent/chats/{id}/" + path, id.value())
                .then();
    }

    @Test
    void aMessageIsCreatedOncePublishedAsAgentAndARepeatReturnsItWithoutPublishingAgain() {
        Held chat = held();
        String body = "{\"clientMessageId\":\"k-1\",\"text\":\"  Hi Thandi, I can see both payments.  \"}";
        String messageId = post(chat.token(), "messages", chat.id(), body)
                .statusCode(201)
                .body("messageId", notNullValue())
                .body("sequence", equalTo(1))
                .body("time", notNullValue())
                .body("sender", equalTo("AGENT"))
                .body("senderName", equalTo(chat.agent()))
                .body("clientMessageId", equalTo("k-1"))
                .body("text", equalTo("Hi Thandi, I can see both payments."))
                .extract()
                .path("messageId");
        post(chat.token(), "messages", chat.id(), body).statusCode(200).body("messageId", equalTo(messageId));
        post(chat.token(), "messages", chat.id(), "{\"clientMessageId\":\"k-2\",\"text\":\"Refunding now.\"}")
                .statusCode(201)
                .body("sequence", equalTo(2));

        // The outbox relays in order: had the repeat published, its record would come before k-2's.
        List<MessagePosted> posted =
                kafka.awaitEvents(MessagePosted.class, chat.id().value(), m -> true, 2, WAIT);
        assertThat(posted).extracting(m -> m.messageId().value()).first().isEqualTo(messageId);
        assertThat(posted.get(1).text()).isEqualTo("Refunding now.");
        assertThat(posted.get(0).sender()).isEqualTo(Sender.AGENT);
        assertThat(posted.get(0).senderId()).isEqualTo(chat.agent());
        assertThat(posted.get(0).senderName()).isEqualTo(chat.agent());
        given().auth()
                .oauth2(chat.token())
                .get("/api/v1/agent/chats/{id}", chat.id().value())
                .then()
                .body(
                        "history.findAll { it.source == 'live' }.text",
                        contains("Hi Thandi, I can see both payments.", "Refunding now."));
    }

    @Test
    void emptyOversizedAndKeylessMessagesAreBadRequests() {
        Held chat = held();
        for (String bad : new String[] {
            "{\"clientMessageId\":\"k\",\"text\":\"\"}",
            "{\"clientMessageId\":\"k\",\"text\":\"   \"}",
            "{\"clientMessageId\":\"k\"}",
            "{\"clientMessageId\":\"k\",\"text\":\"" + "x".repeat(4001) + "\"}",
            "{\"text\":\"Hi\"}",
            "{\"clientMessageId\":\"" + "k".repeat(65) + "\",\"text\":\"Hi\"}"
        }) {
            post(chat.token(), "messages", chat.id(), bad)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:handoff:problem:validation"));
        }
        given().auth()
                .oauth2(chat.token())
                .contentType(ContentType.JSON)
                .post("/api/v1/agent/chats/{id}/messages", chat.id().value())
                .then()
                .statusCode(400);
        post(chat.token(), "messages", chat.id(), "{\"clientMessageId\":\"k\",\"text\":\" " + "x".repeat(4000) + " \"}")
                .statusCode(201);
    }

    @Test
    void messagesToAnotherAgentsChatOrAnUnknownChatAreNotFound() {
        Held chat = held();
        String bob = TestTokens.agent(unique("bob"), chat.tenant().tenant.value(), "agent");
        String body = "{\"clientMessageId\":\"k\",\"text\":\"Hi\"}";
        post(bob, "messages", chat.id(), body)
                .statusCode(404)
                .body("type", equalTo("urn:handoff:problem:chat-not-found"));
        post(chat.token(), "messages", ConversationId.of("unknown-chat"), body).statusCode(404);
        post(bob, "typing", chat.id(), "{\"typing\":true}").statusCode(404);
        given().auth()
                .oauth2(bob)
                .contentType(ContentType.JSON)
                .body("{\"subject\":\"x\"}")
                .put("/api/v1/agent/chats/{id}/subject", chat.id().value())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(bob)
                .post("/api/v1/agent/chats/{id}/complete", chat.id().value())
                .then()
                .statusCode(404);
    }

    @Test
    void typingIsPublishedAsAgentTyping() {
        Held chat = held();
        post(chat.token(), "typing", chat.id(), "{\"typing\":true}").statusCode(204);
        post(chat.token(), "typing", chat.id(), "{\"typing\":false}").statusCode(204);
        post(chat.token(), "typing", chat.id(), "{}").statusCode(400);

        List<Typing> typing = kafka.awaitEvents(Typing.class, chat.id().value(), t -> true, 2, WAIT);
        assertThat(typing).extracting(Typing::typing).containsExactly(true, false);
        assertThat(typing).extracting(Typing::sender).containsOnly(Sender.AGENT);
    }

    @Test
    void theSubjectIsSetShownAndPublished() {
        Held chat = held();
        given().auth()
                .oauth2(chat.token())
                .contentType(ContentType.JSON)
                .body("{\"subject\":\" Refund for March \"}")
                .put("/api/v1/agent/chats/{id}/subject", chat.id().value())
                .then()
                .statusCode(200)
                .body("conversationId", equalTo(chat.id().value()))
                .body("subject", equalTo("Refund for March"));
        given().auth()
                .oauth2(chat.token())
                .contentType(ContentType.JSON)
                .body("{\"subject\":\"" + "s".repeat(201) + "\"}")
                .put("/api/v1/agent/chats/{id}/subject", chat.id().value())
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(chat.token())
                .get("/api/v1/agent/chats/{id}", chat.id().value())
                .then()
                .body("subject", equalTo("Refund for March"));

        SubjectChanged changed = kafka.awaitEvents(
                        SubjectChanged.class, chat.id().value(), s -> true, 1, WAIT)
                .get(0);
        assertThat(changed.subject()).isEqualTo("Refund for March");
        assertThat(changed.agentId().value()).isEqualTo(chat.agent());
    }

    @Test
    void completingPublishesCompletedKeepsTheChatReadOnlyAndARepeatIsAConflict() {
        Held chat = held();
        given().auth()
                .oauth2(chat.token())
                .post("/api/v1/agent/chats/{id}/complete", chat.id().value())
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("endReason", equalTo("completed"))
                .body("endedAt", notNullValue());

        Completed completed = kafka.awaitEvents(Completed.class, chat.id().value(), c -> true, 1, WAIT)
                .get(0);
        assertThat(completed.agentId().value()).isEqualTo(chat.agent());
        given().auth()
                .oauth2(chat.token())
                .post("/api/v1/agent/chats/{id}/complete", chat.id().value())
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:handoff:problem:chat-ended"));
        post(chat.token(), "messages", chat.id(), "{\"clientMessageId\":\"k\",\"text\":\"Hello?\"}")
                .statusCode(409)
                .body("type", equalTo("urn:handoff:problem:chat-ended"));
        post(chat.token(), "typing", chat.id(), "{\"typing\":true}").statusCode(409);
        given().auth()
                .oauth2(chat.token())
                .get("/api/v1/agent/chats/{id}", chat.id().value())
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("endReason", equalTo("completed"));
        given().auth().oauth2(chat.token()).get("/api/v1/agent/chats").then().body("$", empty());
    }

    @Test
    void aChatTheVisitorEndedIsReadOnlyToo() {
        Held chat = held();
        chat.tenant().endByVisitor(chat.id());
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().auth()
                        .oauth2(chat.token())
                        .get("/api/v1/agent/chats/{id}", chat.id().value())
                        .then()
                        .body("endReason", equalTo("ended-by-visitor")));
        post(chat.token(), "messages", chat.id(), "{\"clientMessageId\":\"k\",\"text\":\"Hello?\"}")
                .statusCode(409);
    }
}
