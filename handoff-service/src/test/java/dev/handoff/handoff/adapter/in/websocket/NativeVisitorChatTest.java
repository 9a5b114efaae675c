package dev.handoff.handoff.adapter.in.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndProposalWithdrawn;
import dev.handoff.shared.event.EndProposed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import dev.handoff.shared.model.WaitStatus;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A whole live chat from the visitor's native socket, with the agent side played on the real broker. */
@QuarkusTest
@WithTestInfrastructure
class NativeVisitorChatTest {
    private static final TenantId TENANT = TenantId.of(VisitorChatFixture.TENANT);
    private static final String OFFLINE = "Nobody is here right now; leave us a note.";
    private static final EventJson EVENTS = new EventJson();
    private static VisitorChatFixture fixture;

    @TestHTTPResource("/ws/visitor")
    URI endpoint;

    @BeforeAll
    static void start() {
        fixture = new VisitorChatFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private JsonSocketClient connect(String token, long after) {
        return JsonSocketClient.open(endpoint, "token=" + token + "&after=" + after);
    }

    private static MessagePosted agentSays(ConversationId chat, String text, Translation translation) {
        return new MessagePosted(
                UUID.randomUUID(),
                Instant.now(),
                TENANT,
                chat,
                MessageId.of(UUID.randomUUID().toString()),
                Sender.AGENT,
                "alice",
                "Alice",
                text,
                "en",
                translation);
    }

    @Test
    void aVisitorChatsWithAnAgentFromQueueToEnd() {
        String botId = fixture.newBot("");
        JsonPath answer = fixture.handoff(botId);
        ConversationId chat = ConversationId.of(answer.getString("conversationId"));
        assertThat(answer.getInt("queuePosition")).isGreaterThanOrEqualTo(1);
        assertThat(answer.getString("visitorToken")).startsWith("v1.");

        try (JsonSocketClient visitor = connect(answer.getString("visitorToken"), 0)) {
            fixture.publish(new QueuePositionChanged(UUID.randomUUID(), Instant.now(), TENANT, chat, 2, 120));
            JsonNode queue = visitor.await("queue");
            assertThat(queue.path("position").asInt()).isEqualTo(2);
            assertThat(queue.path("estimatedWaitSeconds").asLong()).isEqualTo(120);
            // an event from before wait statuses reads as a measured wait
            assertThat(queue.path("waitStatus").asText()).isEqualTo("estimated");
            // routing says plainly that nobody is there: no number, and the visitor is told so
            fixture.publish(new QueuePositionChanged(
                    UUID.randomUUID(), Instant.now(), TENANT, chat, 2, 0, WaitStatus.NO_AGENTS));
            JsonNode nobody = visitor.await(f -> "queue".equals(f.path("type").asText())
                    && "no-agents".equals(f.path("waitStatus").asText()));
            assertThat(nobody.path("estimatedWaitSeconds").asLong()).isZero();
            assertThat(nobody.path("sequence").asLong())
                    .isGreaterThan(queue.path("sequence").asLong());

            fixture.publish(new Assigned(
                    UUID.randomUUID(),
                    Instant.now(),
                    TENANT,
                    chat,
                    AgentId.of("alice"),
                    "Alice",
                    AssignmentMethod.CLAIM));
            assertThat(visitor.await("assigned").path("agentName").asText()).isEqualTo("Alice");

            fixture.publish(agentSays(chat, "Hello, how can I help?", new Translation("zu", "Sawubona")));
            JsonNode hello = visitor.await("message");
            assertThat(hello.path("sender").asText()).isEqualTo("agent");
            assertThat(hello.path("senderName").asText()).isEqualTo("Alice");
            assertThat(hello.path("text").asText()).isEqualTo("Hello, how can I help?");
            assertThat(hello.path("translation").path("text").asText()).isEqualTo("Sawubona");
            assertThat(hello.path("sequence").asLong())
                    .isGreaterThan(queue.path("sequence").asLong());

            fixture.publish(new Typing(UUID.randomUUID(), Instant.now(), TENANT, chat, Sender.AGENT, true));
            assertThat(visitor.await("typing").path("typing").asBoolean()).isTrue();

            visitor.send("{\"type\":\"message\",\"clientMessageId\":\"v-1\",\"text\":\"My order is late\"}");
            JsonNode ack = visitor.await("ack");
            assertThat(ack.path("clientMessageId").asText()).isEqualTo("v-1");
            ConsumerRecord<String, String> posted = fixture.kafka.awaitRecord(
                    Topics.CHAT_MESSAGES, r -> r.value().contains(ack.path("id").asText()), Duration.ofSeconds(30));
            MessagePosted visitorMessage = fixture.read(posted.value(), MessagePosted.class);
            assertThat(visitorMessage.sender()).isEqualTo(Sender.VISITOR);
            assertThat(visitorMessage.text()).isEqualTo("My order is late");
            assertThat(visitorMessage.senderName()).isEqualTo("Thandi");
            assertThat(posted.key()).isEqualTo(chat.value());
            JsonNode echo = visitor.await("message");
            assertThat(echo.path("id").asText()).isEqualTo(ack.path("id").asText());
            assertThat(echo.path("sender").asText()).isEqualTo("visitor");

            fixture.publish(new Completed(UUID.randomUUID(), Instant.now(), TENANT, chat, AgentId.of("alice")));
            JsonNode ended = visitor.await("ended");
            assertThat(ended.path("message").asText()).isEqualTo("Thanks, bye!");
            assertThat(ended.path("buttonLabel").asText()).isEqualTo("Back to bot");

            visitor.send("{\"type\":\"message\",\"clientMessageId\":\"v-2\",\"text\":\"Still there?\"}");
            JsonNode refused = visitor.await("error");
            assertThat(refused.path("code").asText()).isEqualTo("chat-ended");
            assertThat(refused.path("clientMessageId").asText()).isEqualTo("v-2");

            visitor.send("{\"type\":\"rate\",\"score\":5,\"comment\":\"Quick and kind\"}");
            assertThat(visitor.await("rated").path("score").asInt()).isEqualTo(5);
            Rated rated = fixture.kafka.awaitEvent(Rated.class, chat.value());
            assertThat(rated.score()).isEqualTo(5);
            assertThat(rated.comment()).isEqualTo("Quick and kind");
            visitor.send("{\"type\":\"rate\",\"score\":1}");
            assertThat(visitor.await("error").path("code").asText()).isEqualTo("already-rated");
        }
    }

    @Test
    void aVisitorWhoEndsTheChatIsToldAndTheAgentsAreTooOnKafka() {
        JsonPath answer = fixture.handoff(fixture.newBot(""));
        String chat = answer.getString("conversationId");
        try (JsonSocketClient visitor = connect(answer.getString("visitorToken"), 0)) {
            visitor.send("{\"type\":\"end\"}");
            JsonNode ended = visitor.await("ended");
            assertThat(ended.path("reason").asText()).isEqualTo("ended_by_visitor");
            assertThat(ended.path("message").asText()).isEqualTo("Thanks, bye!");
            EndedByVisitor event = fixture.kafka.awaitEvent(EndedByVisitor.class, chat);
            assertThat(event.conversationId().value()).isEqualTo(chat);
        }
    }

    @Test
    void aResentClientMessageIdIsOneMessageAndAReconnectGetsWhatItMissedInOrder() {
        String botId = fixture.newBot("");
        JsonPath answer = fixture.handoff(botId);
        ConversationId chat = ConversationId.of(answer.getString("conversationId"));
        String token = answer.getString("visitorToken");
        long seen;
        try (JsonSocketClient visitor = connect(token, 0)) {
            visitor.send("{\"type\":\"message\",\"clientMessageId\":\"same\",\"text\":\"Hi\"}");
            visitor.send("{\"type\":\"message\",\"clientMessageId\":\"same\",\"text\":\"Hi\"}");
            // The echo may come before the second ack (the resend finds the message stored already): take the three
            // frames in whatever order they come, as await drops what it skips.
            List<String> ackIds = new ArrayList<>();
            List<JsonNode> echoes = new ArrayList<>();
            while (ackIds.size() < 2 || echoes.isEmpty()) {
                JsonNode frame = visitor.await(
                        f -> Set.of("ack", "message").contains(f.path("type").asText()));
                if ("ack".equals(frame.path("type").asText())) {
                    ackIds.add(frame.path("id").asText());
                } else {
                    echoes.add(frame);
                }
            }
            assertThat(ackIds.get(1)).isEqualTo(ackIds.get(0));
            assertThat(echoes).hasSize(1);
            assertThat(echoes.get(0).path("text").asText()).isEqualTo("Hi");
            seen = echoes.get(0).path("sequence").asLong();
        }
        for (int i = 1; i <= 3; i++) {
            fixture.publish(agentSays(chat, "missed " + i, null));
        }
        try (JsonSocketClient again = connect(token, seen)) {
            List<String> texts = List.of(
                    again.await("message").path("text").asText(),
                    again.await("message").path("text").asText(),
                    again.await("message").path("text").asText());
            assertThat(texts).containsExactly("missed 1", "missed 2", "missed 3");

            again.send("{\"type\":\"resume\",\"afterSequence\":0}");
            JsonNode replayed = again.await("message");
            assertThat(replayed.path("text").asText()).isEqualTo("Hi");
            assertThat(again.await("message").path("text").asText())
                    .as("the resend was stored once: the next message is the agent's")
                    .isEqualTo("missed 1");
        }
    }

    /** A chat Alice holds, with the visitor's socket open and told so. */
    private JsonSocketClient chatWithAlice(ConversationId[] chat) {
        JsonPath answer = fixture.handoff(fixture.newBot(""));
        chat[0] = ConversationId.of(answer.getString("conversationId"));
        JsonSocketClient visitor = JsonSocketClient.open(endpoint, "token=" + answer.getString("visitorToken"));
        fixture.publish(new Assigned(
                UUID.randomUUID(),
                Instant.now(),
                TENANT,
                chat[0],
                AgentId.of("alice"),
                "Alice",
                AssignmentMethod.CLAIM));
        visitor.await("assigned");
        return visitor;
    }

    private static void aliceProposesToEnd(ConversationId chat) {
        fixture.publish(new EndProposed(UUID.randomUUID(), Instant.now(), TENANT, chat, AgentId.of("alice"), "Alice"));
    }

    @Test
    void theVisitorSeesTheEndMessageWithItsButtonAndClickingItEndsTheChatAsEndedByTheVisitor() {
        ConversationId[] chat = new ConversationId[1];
        try (JsonSocketClient visitor = chatWithAlice(chat)) {
            visitor.send("{\"type\":\"confirm-end\"}");
            assertThat(visitor.await("error").path("code").asText())
                    .as("nothing proposed yet: the click is refused and the chat goes on")
                    .isEqualTo("no-end-proposal");

            aliceProposesToEnd(chat[0]);
            JsonNode proposed = visitor.await("end-proposed");
            assertThat(proposed.path("message").asText()).isEqualTo("Thanks, bye!");
            assertThat(proposed.path("buttonLabel").asText()).isEqualTo("Back to bot");

            visitor.send("{\"type\":\"confirm-end\"}");
            JsonNode ended = visitor.await("ended");
            assertThat(ended.path("reason").asText()).isEqualTo("ended_by_visitor");
            assertThat(ended.path("sequence").asLong())
                    .isGreaterThan(proposed.path("sequence").asLong());
            fixture.kafka.awaitEvent(EndedByVisitor.class, chat[0].value());

            visitor.send("{\"type\":\"confirm-end\"}");
            assertThat(visitor.await(f -> "error".equals(f.path("type").asText())
                            && "chat-ended".equals(f.path("code").asText())))
                    .isNotNull();
        }
    }

    @Test
    void writingInsteadOfClickingWithdrawsTheProposalOnKafkaAndTheChatGoesOn() {
        ConversationId[] chat = new ConversationId[1];
        try (JsonSocketClient visitor = chatWithAlice(chat)) {
            aliceProposesToEnd(chat[0]);
            visitor.await("end-proposed");

            visitor.send("{\"type\":\"message\",\"clientMessageId\":\"v-1\",\"text\":\"Wait, one more question\"}");
            // the ack and the withdrawal travel separately: take both, in whichever order they come
            Map<String, JsonNode> answers = new HashMap<>();
            while (answers.size() < 2) {
                JsonNode frame = visitor.await(f ->
                        Set.of("ack", "end-withdrawn").contains(f.path("type").asText()));
                answers.put(frame.path("type").asText(), frame);
            }
            String messageId = answers.get("ack").path("id").asText();
            JsonNode withdrawn = answers.get("end-withdrawn");
            EndProposalWithdrawn event = fixture.kafka.awaitEvent(EndProposalWithdrawn.class, chat[0].value());
            assertThat(event.messageId().value()).isEqualTo(messageId);
            assertThat(withdrawn.path("sequence").asLong()).isPositive();

            visitor.send("{\"type\":\"confirm-end\"}");
            assertThat(visitor.await("error").path("code").asText()).isEqualTo("no-end-proposal");
            visitor.send("{\"type\":\"message\",\"clientMessageId\":\"v-2\",\"text\":\"Still here\"}");
            assertThat(visitor.await(f -> "ack".equals(f.path("type").asText())
                            && "v-2".equals(f.path("clientMessageId").asText())))
                    .as("the chat goes on")
                    .isNotNull();
        }
    }

    private static String leave(String name, String email, String message) {
        return "{\"type\":\"leave-message\",\"name\":" + name + ",\"email\":" + email + ",\"message\":" + message + "}";
    }

    private static void offer(ConversationId chat) {
        fixture.publish(new QueuePositionChanged(
                UUID.randomUUID(), Instant.now(), TENANT, chat, 1, 0, WaitStatus.NO_AGENTS, true));
    }

    private static String refusal(JsonSocketClient visitor, String frame) {
        visitor.send(frame);
        return visitor.await("error").path("code").asText();
    }

    @Test
    void aVisitorOfferedToLeaveAMessageLeavesOneAndTheWaitEndsWithEveryBadAnswerRefusedByName() {
        String botId = fixture.newBot("\"offlineMessage\":\"" + OFFLINE + "\"");
        JsonPath answer = fixture.handoff(botId);
        ConversationId chat = ConversationId.of(answer.getString("conversationId"));
        String valid = leave("\"Thandi M\"", "\"thandi@example.com\"", "\"Please call me back\\nabout INV-1\"");

        String token = "token=" + answer.getString("visitorToken");
        // A socket takes bursts of 10 frames: the refusals are spread over sockets of the same visitor.
        try (JsonSocketClient visitor = JsonSocketClient.open(endpoint, token)) {
            // not offered yet: nobody said nobody is accepting
            assertThat(refusal(visitor, valid)).isEqualTo("not-offered");

            offer(chat);
            assertThat(visitor.await("queue").path("waitStatus").asText()).isEqualTo("no-agents");
            assertThat(visitor.await("leave-message-offered").path("message").asText())
                    .isEqualTo(OFFLINE);

            assertThat(refusal(visitor, leave("\"T\"", "\"not-an-address\"", "\"hi\"")))
                    .isEqualTo("invalid-email");
            assertThat(refusal(visitor, leave("\"T\"", "\"a@b.example c@d.example\"", "\"hi\"")))
                    .isEqualTo("invalid-email");
            assertThat(refusal(visitor, leave("\"T\"", "\"t@example.com\"", "\"  \"")))
                    .isEqualTo("invalid-message");
            assertThat(refusal(visitor, leave("\"T\"", "\"t@example.com\"", "\"" + "x".repeat(4001) + "\"")))
                    .isEqualTo("message-too-long");
            assertThat(refusal(visitor, leave("\"T\"", "\"t@example.com\"", "\"bell\\u0007\"")))
                    .isEqualTo("invalid-message");
        }
        try (JsonSocketClient visitor = JsonSocketClient.open(endpoint, token)) {
            // the offer is in the feed: a new socket gets it again
            assertThat(visitor.await("leave-message-offered").path("message").asText())
                    .isEqualTo(OFFLINE);
            assertThat(refusal(visitor, leave("\"" + "n".repeat(201) + "\"", "\"t@example.com\"", "\"hi\"")))
                    .isEqualTo("invalid-name");
            assertThat(refusal(visitor, leave("\"T\"", "5", "\"hi\""))).isEqualTo("invalid-frame");
            assertThat(refusal(visitor, leave("\"T\"", "\"t@example.com\"", "[\"hi\"]")))
                    .isEqualTo("invalid-frame");
            assertThat(refusal(visitor, leave("7", "\"t@example.com\"", "\"hi\"")))
                    .isEqualTo("invalid-frame");
            assertThat(refusal(visitor, "{\"type\":\"leave-message\",\"message\":\"hi\"}"))
                    .isEqualTo("invalid-frame");
        }
        try (JsonSocketClient visitor = JsonSocketClient.open(endpoint, token)) {
            visitor.send(valid);
            visitor.await("message-left");
            JsonNode ended = visitor.await("ended");
            assertThat(ended.path("reason").asText()).isEqualTo("left_message");
            assertThat(ended.path("message").asText()).contains("passed on");

            // the wait is over: a second message is not taken
            assertThat(refusal(visitor, valid)).isEqualTo("not-waiting");
            visitor.send("{\"type\":\"rate\",\"score\":4}");
            visitor.await("rated");
        }
        // In the order the service wrote them: the one message taken, then the rating; nothing from any refusal.
        List<IntegrationEvent> published = fixture
                .kafka
                .awaitRecords(
                        Topics.CONVERSATION_LIFECYCLE,
                        r -> chat.value().equals(r.key())
                                && (r.value().contains("\"MessageLeft\"")
                                        || r.value().contains("\"Rated\"")),
                        2,
                        Duration.ofSeconds(30))
                .stream()
                .map(r -> EVENTS.read(r.value()))
                .toList();
        assertThat(published.get(0)).isInstanceOf(MessageLeft.class);
        assertThat(published.get(1)).isInstanceOf(Rated.class);
        MessageLeft left = (MessageLeft) published.get(0);
        assertThat(left.tenantId()).isEqualTo(TENANT);
        assertThat(left.botId().value()).isEqualTo(botId);
        assertThat(left.team()).isNull();
        assertThat(left.visitorName()).isEqualTo("Thandi M");
        assertThat(left.visitorEmail()).isEqualTo("thandi@example.com");
        assertThat(left.message()).isEqualTo("Please call me back\nabout INV-1");
    }

    @Test
    void anOfferStandsWhileWaitingButNotOnceAnAgentTookTheChat() {
        String botId = fixture.newBot("");
        JsonPath answer = fixture.handoff(botId);
        ConversationId chat = ConversationId.of(answer.getString("conversationId"));
        try (JsonSocketClient visitor = JsonSocketClient.open(endpoint, "token=" + answer.getString("visitorToken"))) {
            offer(chat);
            visitor.await("leave-message-offered");
            // an agent came online: a wait is told again, the visitor halfway through the form keeps their chance
            fixture.publish(new QueuePositionChanged(
                    UUID.randomUUID(), Instant.now(), TENANT, chat, 1, 60, WaitStatus.ESTIMATED));
            visitor.await(f -> "queue".equals(f.path("type").asText())
                    && "estimated".equals(f.path("waitStatus").asText()));
            fixture.publish(new Assigned(
                    UUID.randomUUID(),
                    Instant.now(),
                    TENANT,
                    chat,
                    AgentId.of("alice"),
                    "Alice",
                    AssignmentMethod.CLAIM));
            visitor.await("assigned");
            assertThat(refusal(visitor, leave("null", "\"t@example.com\"", "\"too late\"")))
                    .isEqualTo("not-waiting");
        }
    }
}
