package dev.handoff.agent.adapter.in.websocket;

import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.WAIT;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.unique;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.agentTab;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.agent.adapter.in.rest.LiveChatFixture;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages sent over the console's socket: stored once, in the order written, refused as over REST. */
@QuarkusTest
@WithTestInfrastructure
class AgentSocketSendTest {
    private static final EventJson JSON = new EventJson();

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @TestHTTPResource("/ws/agent")
    URI endpoint;

    private static String send(ConversationId chat, String key, String text) {
        return "{\"type\":\"send\",\"conversationId\":\"" + chat.value() + "\",\"clientMessageId\":\"" + key
                + "\",\"text\":\"" + text + "\"}";
    }

    private static Predicate<JsonNode> answerTo(String key) {
        return f -> (f.path("type").asText().equals("sent")
                        || f.path("type").asText().equals("error"))
                && f.path("clientMessageId").asText().equals(key);
    }

    /** The agent messages of the chat on Kafka, in the order the topic holds them, up to the one with this text. */
    private static List<String> agentTextsUpTo(ConversationId chat, String last) {
        List<String> texts = new ArrayList<>();
        kafka.awaitRecords(
                Topics.CHAT_MESSAGES,
                r -> {
                    if (!chat.value().equals(r.key())) {
                        return false;
                    }
                    IntegrationEvent event = JSON.read(r.value());
                    if (event instanceof MessagePosted posted && posted.sender() == Sender.AGENT) {
                        texts.add(posted.text());
                        return posted.text().equals(last);
                    }
                    return false;
                },
                1,
                WAIT);
        return texts;
    }

    @Test
    void sendsAreAcknowledgedStoredOnceAndPublishedInTheOrderWritten() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String ana = unique("ana");
        try (JsonSocketClient tab = agentTab(ana, acme.tenant.value())) {
            ConversationId chat = acme.assigned("socket-send", ana);
            tab.await(AgentSockets.frame("assigned", chat));
            // Written back to back, without waiting for answers: the socket handles them one after another.
            for (int i = 1; i <= 15; i++) {
                tab.send(send(chat, "k-" + i, "line " + i));
            }
            long previous = 0;
            List<String> acknowledged = new ArrayList<>();
            for (int i = 1; i <= 15; i++) {
                JsonNode sent = tab.await(f -> f.path("type").asText().equals("sent"));
                assertThat(sent.path("created").asBoolean()).isTrue();
                assertThat(sent.path("sender").asText()).isEqualTo("AGENT");
                assertThat(sent.path("sequence").asLong()).isGreaterThan(previous);
                previous = sent.path("sequence").asLong();
                acknowledged.add(sent.path("clientMessageId").asText());
            }
            List<String> keys = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (int i = 1; i <= 15; i++) {
                keys.add("k-" + i);
                lines.add("line " + i);
            }
            assertThat(acknowledged).isEqualTo(keys);

            // The same key again is the first message, not a second one; the next new key follows the fifteen.
            tab.send(send(chat, "k-3", "line 3 again"));
            JsonNode again = tab.await(answerTo("k-3"));
            assertThat(again.path("type").asText()).isEqualTo("sent");
            assertThat(again.path("created").asBoolean()).isFalse();
            assertThat(again.path("text").asText()).isEqualTo("line 3");
            tab.send(send(chat, "k-16", "line 16"));
            assertThat(tab.await(answerTo("k-16")).path("created").asBoolean()).isTrue();
            lines.add("line 16");
            assertThat(agentTextsUpTo(chat, "line 16")).isEqualTo(lines);
        }
    }

    @Test
    void aRefusedSendIsAnErrorNamingItsKeyAndTheSocketStaysOpen() {
        LiveChatFixture acme = LiveChatFixture.newTenant(kafka);
        String ana = unique("ana");
        String ben = unique("ben");
        String anaToken = TestTokens.agent(ana, acme.tenant.value(), "agent");
        try (JsonSocketClient tab = AgentSockets.connect(endpoint, anaToken)) {
            ConversationId mine = acme.assigned("refusals", ana);
            tab.await(AgentSockets.frame("assigned", mine));
            ConversationId bens = acme.assigned("not-hers", ben);
            LiveChatFixture.awaitChat(TestTokens.agent(ben, acme.tenant.value(), "agent"), bens);

            tab.send(send(bens, "r-1", "Hello"));
            assertError(tab.await(answerTo("r-1")), "chat-not-found");
            tab.send(send(mine, "r-2", "   "));
            assertError(tab.await(answerTo("r-2")), "invalid-frame");
            tab.send(send(mine, "r-3", "x".repeat(4001)));
            assertError(tab.await(answerTo("r-3")), "invalid-frame");
            tab.send("{\"type\":\"send\",\"clientMessageId\":\"r-4\",\"text\":\"no chat\"}");
            assertError(tab.await(answerTo("r-4")), "invalid-frame");
            tab.send("{\"type\":\"send\",\"conversationId\":\"" + mine.value()
                    + "\",\"clientMessageId\":\"r-5\",\"text\":5}");
            assertError(tab.await(answerTo("r-5")), "invalid-frame");
            tab.send("{\"type\":\"send\",\"conversationId\":\"../x\",\"clientMessageId\":\"r-6\",\"text\":\"Hi\"}");
            assertError(tab.await(answerTo("r-6")), "invalid-frame");

            given().auth()
                    .oauth2(anaToken)
                    .post("/api/v1/agent/chats/{id}/complete", mine.value())
                    .then()
                    .statusCode(200);
            tab.send(send(mine, "r-7", "Still there?"));
            assertError(tab.await(answerTo("r-7")), "chat-ended");

            // Nothing refused reached the visitor, and the socket still answers.
            tab.send("{\"type\":\"ping\"}");
            tab.await("pong");
            ConversationId next = acme.assigned("after-refusals", ana);
            tab.await(AgentSockets.frame("assigned", next));
            tab.send(send(next, "r-8", "Hello again"));
            assertThat(tab.await(answerTo("r-8")).path("type").asText()).isEqualTo("sent");
            given().auth()
                    .oauth2(anaToken)
                    .get("/api/v1/agent/chats/{id}", mine.value())
                    .then()
                    .statusCode(200)
                    .body("history.sender", not(hasItem("AGENT")));
            given().auth()
                    .oauth2(TestTokens.agent(ben, acme.tenant.value(), "agent"))
                    .get("/api/v1/agent/chats/{id}", bens.value())
                    .then()
                    .statusCode(200)
                    .body("history.sender", not(hasItem("AGENT")));
        }
    }

    private static void assertError(JsonNode frame, String code) {
        assertThat(frame.path("type").asText()).as(frame.toString()).isEqualTo("error");
        assertThat(frame.path("code").asText()).as(frame.toString()).isEqualTo(code);
        assertThat(frame.path("detail").asText()).isNotBlank();
    }
}
