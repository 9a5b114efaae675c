package dev.handoff.handoff.adapter.in.socketio;

import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.ORIGIN;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.error;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.fromUser;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.history;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.line;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.object;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.username;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.NodeSocketIoClient;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input gets its documented {@code handoff_error}; nothing is posted for it. */
@QuarkusTest
@WithTestInfrastructure
class SocketIoBadInputTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @TestHTTPResource("/")
    URI server;

    private NodeSocketIoClient client(String origin) {
        NodeSocketIoClient client = NodeSocketIoClient.start().connect(4, "websocket", server, "/live_agent", origin);
        client.awaitEvent(EventNames.START_CONVERSATION);
        return client;
    }

    private static void assertError(JsonNode error, String code, String event) {
        assertThat(error.path("code").asText()).as(error.toString()).isEqualTo(code);
        assertThat(error.path("event").asText()).isEqualTo(event);
        assertThat(error.path("message").asText()).isNotBlank();
    }

    @Test
    void payloadsThatAreNotObjectsOrHaveMissingOrWrongTypedFieldsAreRefused() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = client(ORIGIN)) {
            client.emit(EventNames.USERNAME, chat);
            client.emit(EventNames.USERNAME);
            client.emit(EventNames.USERNAME, List.of(chat, bot));
            client.emit(EventNames.USERNAME, object("BotID", bot));
            client.emit(EventNames.USERNAME, object("ConversationID", 42, "BotID", bot));
            client.emit(EventNames.USERNAME, object("ConversationID", "spaces are not allowed", "BotID", bot));
            for (int n = 1; n <= 6; n++) {
                assertError(error(client, n), "invalid-payload", EventNames.USERNAME);
            }
            assertThat(error(client, 4).path("message").asText()).contains("ConversationID is missing");
            assertThat(error(client, 5).path("message").asText()).contains("ConversationID must be a string");
            assertThat(client.events(EventNames.MESSAGES)).isEmpty();
        }
    }

    @Test
    void aBadBotHistoryIsRefusedAndHandsNothingOff() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = client(ORIGIN)) {
            client.emit(EventNames.USERNAME, username(chat, bot));
            client.awaitEvent(EventNames.MESSAGES);
            client.emit(EventNames.MESSAGES_TO_CLIENT, history(bot, line("robot", "beep")));
            assertError(error(client, 1), "invalid-payload", EventNames.MESSAGES_TO_CLIENT);
            client.emit(EventNames.MESSAGES_TO_CLIENT, object("messages", "not a list", "bot_id", bot));
            assertError(error(client, 2), "invalid-payload", EventNames.MESSAGES_TO_CLIENT);
            client.emit(EventNames.MESSAGES_TO_CLIENT, history("some-other-bot", line("user", "hi")));
            assertError(error(client, 3), "conversation-mismatch", EventNames.MESSAGES_TO_CLIENT);
            client.emit(
                    EventNames.MESSAGES_TO_CLIENT,
                    history(
                            bot,
                            IntStream.range(0, 201)
                                    .mapToObj(i -> line("bot", "line " + i))
                                    .toList()));
            assertError(error(client, 4), "history-too-long", EventNames.MESSAGES_TO_CLIENT);
            assertThat(client.events(EventNames.CHAT_JOINED))
                    .as("no handoff from a refused history")
                    .isEmpty();

            client.emit(EventNames.MESSAGES_TO_CLIENT, history(bot, line("user", "hi")));
            client.awaitEvent(EventNames.CHAT_JOINED);
            client.emit(EventNames.TYPING, object("typing", "yes"));
            assertError(error(client, 5), "invalid-payload", EventNames.TYPING);
        }
    }

    @Test
    void aMessageOverTheLengthLimitIsRefusedAndNotPosted() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = client(ORIGIN)) {
            SocketIoFixtures.startChat(client, chat, bot);
            int refused = client.emitWithAck(EventNames.FROM_USER, fromUser(chat, bot, "x".repeat(4001)));
            assertThat(client.awaitAck(refused).path("error").path("code").asText())
                    .isEqualTo("message-too-long");
            assertError(error(client, 1), "message-too-long", EventNames.FROM_USER);

            String longest = "y".repeat(4000);
            int accepted = client.emitWithAck(EventNames.FROM_USER, fromUser(chat, bot, longest));
            assertThat(client.awaitAck(accepted).path("messageId").asText()).isNotBlank();
            List<MessagePosted> posted = SocketIoFixtures.visitorMessages(kafka, chat, 1);
            assertThat(posted).extracting(MessagePosted::text).containsExactly(longest);
        }
    }

    @Test
    void anUnknownEventIsRefused() {
        try (NodeSocketIoClient client = client(ORIGIN)) {
            client.emit("make_me_admin", object("please", true));
            assertError(error(client, 1), "unknown-event", "make_me_admin");
        }
    }

    @Test
    void fromUserBeforeUsernameOrForAnotherConversationIsRefusedAndNotPosted() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = client(ORIGIN)) {
            client.emit(EventNames.FROM_USER, fromUser(chat, bot, "too early"));
            assertError(error(client, 1), "not-joined", EventNames.FROM_USER);

            SocketIoFixtures.startChat(client, chat, bot);
            String someoneElses = SocketIoFixtures.newConversationId();
            client.emit(EventNames.FROM_USER, fromUser(someoneElses, bot, "not mine"));
            assertError(error(client, 2), "conversation-mismatch", EventNames.FROM_USER);
            client.emit(EventNames.FROM_USER, fromUser(chat, "another-bot", "wrong bot"));
            assertError(error(client, 3), "conversation-mismatch", EventNames.FROM_USER);
            client.emit(EventNames.USERNAME, username(someoneElses, bot));
            assertError(error(client, 4), "already-joined", EventNames.USERNAME);

            client.emit(EventNames.FROM_USER, fromUser(chat, bot, "mine"));
            assertThat(SocketIoFixtures.visitorMessages(kafka, chat, 1))
                    .extracting(MessagePosted::text)
                    .containsExactly("mine");
        }
    }

    @Test
    void aSecondUsernameWhileTheFirstWaitsForItsHistoryIsRefused() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = client(ORIGIN)) {
            client.emit(EventNames.USERNAME, username(chat, bot));
            client.awaitEvent(EventNames.MESSAGES);
            client.emit(EventNames.USERNAME, username(SocketIoFixtures.newConversationId(), bot));
            assertError(error(client, 1), "already-joined", EventNames.USERNAME);
            client.emit(EventNames.USERNAME, username(chat, bot));
            client.awaitEvent(EventNames.MESSAGES, 2);
            assertThat(client.events(EventNames.HANDOFF_ERROR))
                    .as("the same username again is no error")
                    .hasSize(1);

            client.emit(EventNames.MESSAGES_TO_CLIENT, history(bot, line("user", "hi")));
            client.awaitEvent(EventNames.CHAT_JOINED);
            client.emit(EventNames.FROM_USER, fromUser(chat, bot, "a\u0000b"));
            JsonNode nul = error(client, 2);
            assertError(nul, "invalid-payload", EventNames.FROM_USER);
            assertThat(nul.path("message").asText()).isEqualTo("message must not contain the control character U+0000");
        }
    }

    @Test
    void anotherBotsConversationIdIsRefusedWithoutSayingWhoseItIs() {
        String owner = SocketIoFixtures.socketIoBot();
        String intruder = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient visitor = client(ORIGIN);
                NodeSocketIoClient other = client(ORIGIN)) {
            SocketIoFixtures.startChat(visitor, chat, owner);
            other.emit(EventNames.USERNAME, username(chat, intruder));
            assertError(error(other, 1), "unknown-conversation", EventNames.USERNAME);
            other.awaitEvent(EventNames.DISCONNECT_SOCKET);
            assertThat(other.events(EventNames.CHAT_JOINED)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "socket-io-disabled, '{\"enabled\":true,\"socketIoEnabled\":false,\"allowedOrigins\":[\"http://shop.example\"]}'",
        "bot-disabled, '{\"enabled\":false,\"socketIoEnabled\":true,\"allowedOrigins\":[\"http://shop.example\"]}'",
        "unknown-bot, ''"
    })
    void botsThatDoNotOfferSocketIoLiveChatTurnTheClientAway(String code, String settings) {
        String bot = settings.isEmpty()
                ? "never-configured-" + SocketIoFixtures.newConversationId()
                : SocketIoFixtures.newBot(settings);
        try (NodeSocketIoClient client = client(ORIGIN)) {
            client.emit(EventNames.USERNAME, username(SocketIoFixtures.newConversationId(), bot));
            assertError(error(client, 1), code, EventNames.USERNAME);
            client.awaitEvent(EventNames.DISCONNECT_SOCKET);
            assertThat(client.awaitDisconnect())
                    .as("the server closes its side")
                    .isEqualTo("io server disconnect");
            assertThat(client.events(EventNames.MESSAGES)).isEmpty();
        }
    }

    @Test
    void anOriginOutsideTheBotsAllowListIsTurnedAway() {
        String bot = SocketIoFixtures.socketIoBot();
        try (NodeSocketIoClient client = client("http://evil.example")) {
            client.emit(EventNames.USERNAME, username(SocketIoFixtures.newConversationId(), bot));
            assertError(error(client, 1), "origin-not-allowed", EventNames.USERNAME);
            client.awaitEvent(EventNames.DISCONNECT_SOCKET);
            assertThat(client.events(EventNames.MESSAGES)).isEmpty();
        }
    }
}
