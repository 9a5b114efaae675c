package dev.handoff.agent.adapter.in.websocket;

import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.WAIT;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.agent.adapter.in.rest.LiveChatFixture;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One order per chat for every observer (decision 0082): visitor messages (produced as handoff-service does), REST
 * sends and socket sends crossing on one chat show in the topic's order in the history, on the holder's other tab and
 * on a watching supervisor's socket; and a message answered before another was sent comes before it everywhere.
 */
@QuarkusTest
@WithTestInfrastructure
class CrossingMessagesTest {
    private static final int EACH = 15;

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @Test
    void visitorRestAndSocketMessagesCrossingOnOneChatShowInTheTopicsOrderEverywhere() {
        Observers chat = Observers.open(LiveChatFixture.newTenant(kafka), "crossing");
        try (chat) {
            CompletableFuture<Void> visitor = CompletableFuture.runAsync(() ->
                    IntStream.rangeClosed(1, EACH).forEach(i -> chat.acme.visitorWrites(chat.id, "visitor " + i)));
            CompletableFuture<Void> rest = CompletableFuture.runAsync(
                    () -> IntStream.rangeClosed(1, EACH).forEach(i -> chat.postOverRest("rest " + i)));
            // Written back to back without waiting: the socket takes them one after another.
            IntStream.rangeClosed(1, EACH).forEach(i -> chat.sender.send(sendFrame(chat.id, "socket " + i)));
            for (int i = 1; i <= EACH; i++) {
                assertThat(chat.sender.await("sent").path("text").asText()).isEqualTo("socket " + i);
            }
            CompletableFuture.allOf(visitor, rest).join();

            List<String> topic = chat.topicOrder(3 * EACH);
            assertThat(topic).hasSize(3 * EACH).doesNotHaveDuplicates();
            assertThat(chat.history()).isEqualTo(topic);
            assertThat(chat.frames(chat.otherTab, 3 * EACH)).isEqualTo(topic);
            assertThat(chat.frames(chat.supervisor, 3 * EACH)).isEqualTo(topic);
        }
    }

    @Test
    void aMessageAnsweredBeforeAnotherWasSentComesBeforeItWhicheverSideSendsIt() {
        Observers chat = Observers.open(LiveChatFixture.newTenant(kafka), "answered-first");
        try (chat) {
            List<String> sent = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                chat.postOverRest("rest " + i); // answered 201, then at once:
                chat.acme.visitorWrites(chat.id, "visitor " + i); // acknowledged by the broker, then at once:
                chat.sender.send(sendFrame(chat.id, "socket " + i));
                assertThat(chat.sender.await("sent").path("text").asText()).isEqualTo("socket " + i);
                chat.acme.visitorWrites(chat.id, "visitor again " + i);
                sent.addAll(List.of("rest " + i, "visitor " + i, "socket " + i, "visitor again " + i));
            }

            assertThat(chat.topicOrder(sent.size())).isEqualTo(sent);
            assertThat(chat.history()).isEqualTo(sent);
            assertThat(chat.frames(chat.otherTab, sent.size())).isEqualTo(sent);
            assertThat(chat.frames(chat.supervisor, sent.size())).isEqualTo(sent);
        }
    }

    private static String sendFrame(ConversationId chat, String text) {
        return "{\"type\":\"send\",\"conversationId\":\"" + chat.value() + "\",\"clientMessageId\":\""
                + text.replace(' ', '-') + "\",\"text\":\"" + text + "\"}";
    }

    /** A chat held by an agent with two tabs (one sends, one watches) and watched by a supervisor. */
    private record Observers(
            LiveChatFixture acme,
            ConversationId id,
            String token,
            JsonSocketClient sender,
            JsonSocketClient otherTab,
            JsonSocketClient supervisor)
            implements AutoCloseable {

        static Observers open(LiveChatFixture acme, String name) {
            String ana = unique("ana");
            String token = TestTokens.agent(ana, acme.tenant.value(), "agent");
            JsonSocketClient sender = AgentSockets.agentTab(ana, acme.tenant.value());
            JsonSocketClient otherTab = AgentSockets.agentTab(ana, acme.tenant.value());
            String sueToken = TestTokens.agent(unique("sue"), acme.tenant.value(), "agent", "supervisor");
            JsonSocketClient supervisor = AgentSockets.connect(AgentSockets.endpoint(), sueToken);
            ConversationId id = acme.assigned(name, ana);
            otherTab.await(AgentSockets.frame("assigned", id));
            given().auth()
                    .oauth2(sueToken)
                    .post("/api/v1/agent/supervision/chats/{id}/watch", id.value())
                    .then()
                    .statusCode(200);
            return new Observers(acme, id, token, sender, otherTab, supervisor);
        }

        void postOverRest(String text) {
            given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body("{\"clientMessageId\":\"" + text.replace(' ', '-') + "\",\"text\":\"" + text + "\"}")
                    .post("/api/v1/agent/chats/{id}/messages", id.value())
                    .then()
                    .statusCode(201);
        }

        /** The chat's message texts in the order its partition holds them. */
        List<String> topicOrder(int count) {
            return kafka.awaitEvents(MessagePosted.class, id.value(), m -> true, count, WAIT).stream()
                    .map(MessagePosted::text)
                    .toList();
        }

        /** The live messages of the chat's history, by their sequence. */
        List<String> history() {
            return given().auth()
                    .oauth2(token)
                    .get("/api/v1/agent/chats/{id}", id.value())
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("history.findAll { it.source == 'live' }.text", String.class);
        }

        /** The texts of the chat's first {@code count} message frames on a socket, in the order they came. */
        List<String> frames(JsonSocketClient socket, int count) {
            List<String> texts = new ArrayList<>();
            while (texts.size() < count) {
                JsonNode frame = socket.await(AgentSockets.frame("message", id));
                texts.add(frame.path("text").asText());
            }
            return texts;
        }

        @Override
        public void close() {
            sender.close();
            otherTab.close();
            supervisor.close();
        }
    }
}
