package dev.handoff.agent.adapter.in.websocket;

import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.WAIT;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.unique;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.frame;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.agent.adapter.in.rest.LiveChatFixture;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndProposalWithdrawn;
import dev.handoff.shared.event.EndProposed;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.SubjectChanged;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A whole live chat from the agents' side: routing assigns it on Kafka, the visitor writes and types on Kafka,
 * the agent answers over REST and sees everything on the console socket, then the chat is transferred to a
 * second agent, who completes it.
 */
@QuarkusTest
@WithTestInfrastructure
class LiveChatJourneyTest {
    private static final EventJson JSON = new EventJson();

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @TestHTTPResource("/ws/agent")
    URI endpoint;

    @Test
    void aChatIsAssignedAnsweredTransferredAndCompleted() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String ana = unique("ana");
        String ben = unique("ben");
        String anaToken = TestTokens.agent(ana, acme.tenant.value(), "agent");
        String benToken = TestTokens.agent(ben, acme.tenant.value(), "agent");
        try (JsonSocketClient anaTab = AgentSockets.connect(endpoint, anaToken);
                JsonSocketClient benTab = AgentSockets.connect(endpoint, benToken)) {
            // Routing assigns the handoff to Ana: her console is told, and the chat shows the bot conversation.
            ConversationId id = acme.assigned("journey", ana);
            anaTab.await(frame("assigned", id));
            given().auth()
                    .oauth2(anaToken)
                    .get("/api/v1/agent/chats/{id}", id.value())
                    .then()
                    .statusCode(200)
                    .body("visitor.name", equalTo("Thandi Mokoena"))
                    .body("history.source", contains("bot", "bot"))
                    .body(
                            "history.text",
                            contains("I was charged twice for journey", "Let me connect you with our billing team."));

            // The visitor writes: a message frame, and the message in the history.
            String visitorMessage = acme.visitorWrites(id, "Hello? Is anyone there?");
            JsonNode message = anaTab.await(frame("message", id));
            assertThat(message.path("messageId").asText()).isEqualTo(visitorMessage);
            assertThat(message.path("sender").asText()).isEqualTo("VISITOR");
            assertThat(message.path("senderName").asText()).isEqualTo("Thandi Mokoena");
            assertThat(message.path("text").asText()).isEqualTo("Hello? Is anyone there?");
            assertThat(message.path("time").asText()).isNotEmpty();
            assertThat(message.path("seq").asLong()).isPositive();
            given().auth()
                    .oauth2(anaToken)
                    .get("/api/v1/agent/chats/{id}", id.value())
                    .then()
                    .body("history.messageId", hasItem(visitorMessage));

            // Ana answers: published as an agent message, and shown on her tabs.
            String answer = given().auth()
                    .oauth2(anaToken)
                    .contentType(ContentType.JSON)
                    .body("{\"clientMessageId\":\"ana-1\",\"text\":\"Hi Thandi, I'm Ana.\"}")
                    .post("/api/v1/agent/chats/{id}/messages", id.value())
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("messageId");
            MessagePosted posted = kafka.awaitEvent(
                    MessagePosted.class, id.value(), m -> m.messageId().value().equals(answer), WAIT);
            assertThat(posted.sender()).isEqualTo(Sender.AGENT);
            assertThat(posted.senderId()).isEqualTo(ana);
            JsonNode own = anaTab.await(frame("message", id));
            assertThat(own.path("sender").asText()).isEqualTo("AGENT");
            assertThat(own.path("clientMessageId").asText()).isEqualTo("ana-1");

            // Typing, both ways.
            given().auth()
                    .oauth2(anaToken)
                    .contentType(ContentType.JSON)
                    .body("{\"typing\":true}")
                    .post("/api/v1/agent/chats/{id}/typing", id.value())
                    .then()
                    .statusCode(204);
            assertThat(kafka.awaitEvent(Typing.class, id.value(), t -> t.sender() == Sender.AGENT, WAIT)
                            .typing())
                    .isTrue();
            acme.visitorTyping(id, true);
            assertThat(anaTab.await(frame("typing", id)).path("typing").asBoolean())
                    .isTrue();

            // A quick reply, then the subject.
            String reply = given().auth()
                    .oauth2(anaToken)
                    .contentType(ContentType.JSON)
                    .body(
                            "{\"shortcut\":\"/refund\",\"text\":\"I have refunded the second payment.\",\"scope\":\"PERSONAL\"}")
                    .post("/api/v1/agent/quick-replies")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().auth()
                    .oauth2(anaToken)
                    .contentType(ContentType.JSON)
                    .body("{\"clientMessageId\":\"ana-2\"}")
                    .post("/api/v1/agent/chats/{id}/quick-replies/{qr}", id.value(), reply)
                    .then()
                    .statusCode(201);
            kafka.awaitEvent(
                    MessagePosted.class, id.value(), m -> m.text().equals("I have refunded the second payment."), WAIT);
            given().auth()
                    .oauth2(anaToken)
                    .contentType(ContentType.JSON)
                    .body("{\"subject\":\"Charged twice\"}")
                    .put("/api/v1/agent/chats/{id}/subject", id.value())
                    .then()
                    .statusCode(200);
            kafka.awaitEvent(SubjectChanged.class, id.value(), s -> s.subject().equals("Charged twice"), WAIT);

            // Routing transfers the chat to Ben: Ana loses it, Ben gets it with the whole history.
            acme.transfer(id, ana, ben);
            assertThat(anaTab.await(frame("chat.removed", id)).path("reason").asText())
                    .isEqualTo("transferred");
            benTab.await(frame("assigned", id));
            given().auth()
                    .oauth2(anaToken)
                    .get("/api/v1/agent/chats/{id}", id.value())
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(anaToken)
                    .contentType(ContentType.JSON)
                    .body("{\"clientMessageId\":\"ana-3\",\"text\":\"Still me\"}")
                    .post("/api/v1/agent/chats/{id}/messages", id.value())
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(benToken)
                    .get("/api/v1/agent/chats/{id}", id.value())
                    .then()
                    .statusCode(200)
                    .body("assignee", equalTo(ben))
                    .body("subject", equalTo("Charged twice"))
                    .body("history.source", contains("bot", "bot", "live", "live", "live"))
                    .body("history.sender", contains("VISITOR", "BOT", "VISITOR", "AGENT", "AGENT"));
            given().auth()
                    .oauth2(benToken)
                    .get("/api/v1/agent/chats")
                    .then()
                    .body("conversationId", contains(id.value()));

            // Ben completes it: Completed on Kafka, his console is told, and the chat is read-only.
            given().auth()
                    .oauth2(benToken)
                    .post("/api/v1/agent/chats/{id}/complete", id.value())
                    .then()
                    .statusCode(200);
            assertThat(kafka.awaitEvent(Completed.class, id.value(), c -> true, WAIT)
                            .agentId()
                            .value())
                    .isEqualTo(ben);
            assertThat(benTab.await(frame("chat.ended", id)).path("reason").asText())
                    .isEqualTo("completed");
            given().auth()
                    .oauth2(benToken)
                    .contentType(ContentType.JSON)
                    .body("{\"clientMessageId\":\"ben-1\",\"text\":\"One more thing\"}")
                    .post("/api/v1/agent/chats/{id}/messages", id.value())
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:handoff:problem:chat-ended"));
        }
    }

    @Test
    void aProposalToEndWaitsForTheVisitorIsWithdrawnWhenTheyWriteAndTheirClickEndsTheChat() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String ana = unique("ana");
        String anaToken = TestTokens.agent(ana, acme.tenant.value(), "agent");
        String benToken = TestTokens.agent(unique("ben"), acme.tenant.value(), "agent");
        try (JsonSocketClient anaTab = AgentSockets.connect(endpoint, anaToken)) {
            ConversationId id = acme.assigned("proposal", ana);
            anaTab.await(frame("assigned", id));

            given().auth()
                    .oauth2(anaToken)
                    .post("/api/v1/agent/chats/{id}/end-proposal", id.value())
                    .then()
                    .statusCode(202)
                    .body("status", equalTo("ASSIGNED"))
                    .body("endProposedAt", notNullValue());
            EndProposed proposed = kafka.awaitEvent(EndProposed.class, id.value(), e -> true, WAIT);
            assertThat(proposed.agentId().value()).isEqualTo(ana);
            anaTab.await(frame("end.proposed", id));
            given().auth()
                    .oauth2(anaToken)
                    .get("/api/v1/agent/chats/{id}", id.value())
                    .then()
                    .body("status", equalTo("ASSIGNED"))
                    .body("endProposedAt", notNullValue());

            // one proposal at a time, and only in one's own chat
            given().auth()
                    .oauth2(anaToken)
                    .post("/api/v1/agent/chats/{id}/end-proposal", id.value())
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:handoff:problem:end-already-proposed"));
            given().auth()
                    .oauth2(benToken)
                    .post("/api/v1/agent/chats/{id}/end-proposal", id.value())
                    .then()
                    .statusCode(404)
                    .body("type", equalTo("urn:handoff:problem:chat-not-found"));

            // the visitor writes instead of clicking: handoff-service withdraws it, Ana is told, she may propose again
            String message = acme.visitorWrites(id, "Wait, one more thing");
            kafka.send(
                    Topics.CONVERSATION_LIFECYCLE,
                    id.value(),
                    JSON.write(new EndProposalWithdrawn(
                            UUID.randomUUID(), Instant.now(), acme.tenant, id, MessageId.of(message))));
            anaTab.await(frame("end.withdrawn", id));
            given().auth()
                    .oauth2(anaToken)
                    .get("/api/v1/agent/chats/{id}", id.value())
                    .then()
                    .body("status", equalTo("ASSIGNED"))
                    .body("endProposedAt", nullValue());
            given().auth()
                    .oauth2(anaToken)
                    .post("/api/v1/agent/chats/{id}/end-proposal", id.value())
                    .then()
                    .statusCode(202);

            // the visitor clicks: handoff-service ends the chat as theirs
            acme.endByVisitor(id);
            assertThat(anaTab.await(frame("chat.ended", id)).path("reason").asText())
                    .isEqualTo("ended-by-visitor");
            given().auth()
                    .oauth2(anaToken)
                    .post("/api/v1/agent/chats/{id}/end-proposal", id.value())
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:handoff:problem:chat-ended"));
        }
    }
}
