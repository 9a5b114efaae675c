package dev.handoff.agent.adapter.in.websocket;

import static dev.handoff.agent.adapter.in.websocket.AgentSockets.frame;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.unique;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.until;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a visitor writes while waiting shows in the pending list, live over the socket and in the REST list. */
@QuarkusTest
@WithTestInfrastructure
class PendingPreviewSocketTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @TestHTTPResource("/ws/agent")
    URI endpoint;

    private static MessagePosted visitorSays(ConversationFixture fixture, ConversationId id, String text) {
        return new MessagePosted(
                UUID.randomUUID(),
                Instant.now(),
                fixture.tenant,
                id,
                MessageId.of(UUID.randomUUID().toString()),
                Sender.VISITOR,
                null,
                "Visitor",
                text,
                "en",
                null);
    }

    private static Map<String, Object> listed(String agent, ConversationFixture fixture, ConversationId id) {
        List<Map<String, Object>> pending = given().auth()
                .oauth2(TestTokens.agent(agent, fixture.tenant.value(), "agent"))
                .get("/api/v1/agent/handoffs/pending")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return pending.stream()
                .filter(p -> id.value().equals(p.get("conversationId")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void messagesWrittenWhileWaitingUpdateTheLastLineAndTheCountLiveAndStopOnceSomeoneHoldsTheChat() {
        ConversationFixture acme = new ConversationFixture(kafka, unique("acme"));
        String alice = unique("alice");
        try (JsonSocketClient tab =
                AgentSockets.connect(endpoint, TestTokens.agent(alice, acme.tenant.value(), "agent"))) {
            ConversationId id = acme.pending("orders", null);
            JsonNode added = tab.await(frame("pending.added", id));
            assertThat(added.path("preview").asText()).isEqualTo("help with orders");
            assertThat(added.path("waitingMessages").asInt()).isZero();

            acme.publish(visitorSays(acme, id, "Are you there?"));
            JsonNode first = tab.await(frame("pending.updated", id));
            assertThat(first.path("preview").asText()).isEqualTo("Are you there?");
            assertThat(first.path("waitingMessages").asInt()).isEqualTo(1);
            assertThat(first.path("visitorName").asText()).isEqualTo("Visitor orders");
            assertThat(first.path("seq").asLong())
                    .isGreaterThan(added.path("seq").asLong());

            acme.publish(visitorSays(acme, id, "My order 1234 is late"));
            JsonNode second = tab.await(frame("pending.updated", id));
            assertThat(second.path("preview").asText()).isEqualTo("My order 1234 is late");
            assertThat(second.path("waitingMessages").asInt()).isEqualTo(2);
            assertThat(listed(alice, acme, id))
                    .containsEntry("preview", "My order 1234 is late")
                    .containsEntry("waitingMessages", 2);

            // once someone holds it the pending list forgets it, and later messages go to the holder only
            acme.assign(id, alice);
            tab.await(frame("pending.removed", id));
            acme.publish(visitorSays(acme, id, "Thanks"));
            JsonNode message = tab.await(frame("message", id));
            assertThat(message.path("text").asText()).isEqualTo("Thanks");
            ConversationId marker = acme.pending("marker", null);
            assertThat(until(tab, frame("pending.added", marker))).noneMatch(frame("pending.updated", id));
        }
    }
}
