package dev.handoff.handoff.adapter.in.socketio;

import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.BUTTON_LABEL;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.END_MESSAGE;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.ORIGIN;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.TENANT;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.fromUser;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.line;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.handoff.application.port.in.JoinByConversationCommand;
import dev.handoff.handoff.application.port.in.OpenVisitorChatUseCase;
import dev.handoff.handoff.application.port.in.VisitorChat;
import dev.handoff.handoff.application.port.out.VisitorFeedPort;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.NodeSocketIoClient;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A whole live chat through the Socket.IO 3.1.3 client of the Botlhale snippet, the agent side played on Kafka. */
@QuarkusTest
@WithTestInfrastructure
class SocketIoLiveChatTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static AgentSide agents;

    @TestHTTPResource("/")
    URI server;

    @Inject
    OpenVisitorChatUseCase open;

    @Inject
    VisitorFeedPort feed;

    @BeforeAll
    static void connect() {
        agents = new AgentSide(kafka, TENANT);
    }

    @Test
    void aVisitorChatsWithAnAgentFromHandoffToTheEndAndARejoinGetsOnlyWhatItMissed() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient first = NodeSocketIoClient.start()) {
            first.connect(3, "websocket", server, "/live_agent", ORIGIN);
            SocketIoFixtures.startChat(
                    first, chat, bot, line("bot", "Hi! How can I help?"), line("user", "I want a human"));

            HandoffRequested requested = SocketIoFixtures.awaitHandoffRequested(kafka, chat);
            assertThat(requested.tenantId().value()).isEqualTo(TENANT);
            assertThat(requested.botId().value()).isEqualTo(bot);
            assertThat(requested.channel()).isEqualTo(Channel.SOCKET_IO);
            assertThat(requested.botHistory())
                    .extracting(HistoryEntry::sender, HistoryEntry::text)
                    .containsExactly(tuple(Sender.BOT, "Hi! How can I help?"), tuple(Sender.VISITOR, "I want a human"));

            agents.assign(chat, "alice", "Alice");
            assertThat(first.awaitEvent(EventNames.AGENT_JOINED).path("name").asText())
                    .isEqualTo("Alice");
            agents.say(chat, "alice", "Hallo, ich bin Alice.", new Translation("en", "Hello, I am Alice."));
            assertThat(first.awaitEvent(EventNames.TO_USER).path("message").asText())
                    .isEqualTo("Hello, I am Alice.");

            // as the Botlhale snippet sends it: no acknowledgement callback
            first.emit(EventNames.FROM_USER, fromUser(chat, bot, "My parcel is late"));
            MessagePosted visitor = SocketIoFixtures.awaitVisitorMessage(kafka, chat, "My parcel is late");
            assertThat(visitor.tenantId().value()).isEqualTo(TENANT);
            awaitHandedOut(bot, chat, visitor);
            first.disconnect();
            first.awaitDisconnect();
        }

        agents.say(chat, "alice", "Are you still there?", null);
        agents.say(chat, "alice", "I found your parcel.", null);
        try (NodeSocketIoClient again = NodeSocketIoClient.start()) {
            again.connect(3, "websocket", server, "/live_agent", ORIGIN);
            again.awaitEvent(EventNames.START_CONVERSATION);
            again.emit(EventNames.USERNAME, username(chat, bot));
            assertThat(again.awaitEvent(EventNames.CHAT_JOINED).path("status").asText())
                    .isEqualTo("assigned");
            again.awaitEvent(EventNames.TO_USER, 2);
            agents.say(chat, "alice", "It arrives tomorrow.", null);
            again.awaitEvent(EventNames.TO_USER, 3);
            assertThat(again.events(EventNames.TO_USER))
                    .extracting(m -> m.path("message").asText())
                    .containsExactly("Are you still there?", "I found your parcel.", "It arrives tomorrow.");
            assertThat(again.events(EventNames.MESSAGES))
                    .as("a rejoin is not asked for the bot history")
                    .isEmpty();

            agents.complete(chat, "alice");
            assertThat(again.awaitEvent(EventNames.TO_USER, 4).path("message").asText())
                    .isEqualTo(END_MESSAGE);
            again.awaitEvent(EventNames.DISCONNECT_SOCKET);
            assertThat(again.awaitDisconnect()).as("the server closes its side").isEqualTo("io server disconnect");
            JsonNode ended = again.awaitEvent(EventNames.CHAT_ENDED);
            assertThat(ended.path("reason").asText()).isEqualTo("completed");
            assertThat(ended.path("buttonLabel").asText()).isEqualTo(BUTTON_LABEL);
            List<String> order = again.eventNames();
            assertThat(order.lastIndexOf(EventNames.TO_USER)).isLessThan(order.indexOf(EventNames.DISCONNECT_SOCKET));
        }

        try (NodeSocketIoClient late = NodeSocketIoClient.start()) {
            late.connect(3, "websocket", server, "/live_agent", ORIGIN);
            late.awaitEvent(EventNames.START_CONVERSATION);
            late.emit(EventNames.USERNAME, username(chat, bot));
            late.awaitEvent(EventNames.DISCONNECT_SOCKET);
            assertThat(late.events(EventNames.MESSAGES))
                    .as("an ended chat is not started again")
                    .isEmpty();
        }
    }

    /** Waits until the socket was handed the whole feed so far (the visitor's own message included). */
    private void awaitHandedOut(String bot, String chat, MessagePosted lastMessage) {
        ConversationId id = ConversationId.of(chat);
        JoinByConversationCommand join = new JoinByConversationCommand(BotId.of(bot), id, ORIGIN);
        // same thread: the use case and the feed read through Hibernate in this test's request context
        await().atMost(NodeSocketIoClient.WAIT).pollInSameThread().until(() -> {
            List<VisitorFeedEntry> entries = feed.after(id, 0, 1000);
            if (entries.stream()
                    .noneMatch(e -> e instanceof VisitorFeedEntry.Message m
                            && m.messageId().equals(lastMessage.messageId()))) {
                return false;
            }
            long last = entries.get(entries.size() - 1).sequence();
            return open.byConversation(join).map(VisitorChat::deliveredSequence).orElse(-1L) >= last;
        });
    }
}
