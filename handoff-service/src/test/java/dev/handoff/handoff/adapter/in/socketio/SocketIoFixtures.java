package dev.handoff.handoff.adapter.in.socketio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.NodeSocketIoClient;
import dev.handoff.testinfra.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bots, payloads and checks shared by the Socket.IO tests. */
final class SocketIoFixtures {
    static final String TENANT = "demo";
    static final String ORIGIN = "http://shop.example";
    static final String END_MESSAGE = "Thank you for chatting with us.";
    static final String BUTTON_LABEL = "Back to the bot";
    static final Duration KAFKA_WAIT = Duration.ofSeconds(30);

    private SocketIoFixtures() {}

    /** A bot that offers Socket.IO live chat to {@link #ORIGIN}, created through the supervisors' settings API. */
    static String socketIoBot() {
        return newBot("""
                {"enabled":true,"socketIoEnabled":true,"allowedOrigins":["%s"],
                 "endMessage":"%s","endButtonLabel":"%s"}""".formatted(ORIGIN, END_MESSAGE, BUTTON_LABEL));
    }

    static String newBot(String settingsJson) {
        String botId = "sio-bot-" + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.agent("carol", TENANT, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body(settingsJson)
                .when()
                .put("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200);
        return botId;
    }

    static String newConversationId() {
        return "sio-chat-" + UUID.randomUUID();
    }

    static Map<String, Object> username(String conversation, String bot) {
        return object("ConversationID", conversation, "BotID", bot);
    }

    static Map<String, Object> fromUser(String conversation, String bot, String message) {
        return object("message", message, "ConversationID", conversation, "BotID", bot);
    }

    static Map<String, Object> history(String bot, Map<?, ?>... lines) {
        return history(bot, List.of(lines));
    }

    static Map<String, Object> history(String bot, List<? extends Map<?, ?>> lines) {
        return object("messages", lines, "bot_id", bot);
    }

    static Map<String, Object> line(String sender, String message) {
        return object("sender", sender, "message", message);
    }

    /** Keeps the order, allows any value: the payloads as a JavaScript client would build them. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The Botlhale opening: startConversation, username, messages, messages_to_client; ends joined. */
    static void startChat(NodeSocketIoClient client, String conversation, String bot, Map<?, ?>... lines) {
        client.awaitEvent(EventNames.START_CONVERSATION);
        client.emit(EventNames.USERNAME, username(conversation, bot));
        client.awaitEvent(EventNames.MESSAGES);
        client.emit(EventNames.MESSAGES_TO_CLIENT, history(bot, lines));
        assertThat(client.awaitEvent(EventNames.CHAT_JOINED)
                        .path("ConversationID")
                        .asText())
                .isEqualTo(conversation);
    }

    /** The error the client was sent for its {@code n}-th refused event. */
    static JsonNode error(NodeSocketIoClient client, int n) {
        return client.awaitEvent(EventNames.HANDOFF_ERROR, n);
    }

    static HandoffRequested awaitHandoffRequested(KafkaTopics kafka, String conversation) {
        return kafka.awaitEvent(HandoffRequested.class, conversation, e -> true, KAFKA_WAIT);
    }

    static MessagePosted awaitVisitorMessage(KafkaTopics kafka, String conversation, String text) {
        return kafka.awaitEvent(MessagePosted.class, conversation, m -> isVisitorMessage(m, text), KAFKA_WAIT);
    }

    /** Every visitor message of the conversation on Kafka (read until {@code expected} arrived). */
    static List<MessagePosted> visitorMessages(KafkaTopics kafka, String conversation, int expected) {
        return kafka.awaitEvents(
                MessagePosted.class, conversation, m -> isVisitorMessage(m, null), expected, KAFKA_WAIT);
    }

    private static boolean isVisitorMessage(MessagePosted posted, String text) {
        return posted.sender() == Sender.VISITOR && (text == null || text.equals(posted.text()));
    }
}
