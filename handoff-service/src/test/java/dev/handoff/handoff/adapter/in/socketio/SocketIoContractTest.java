package dev.handoff.handoff.adapter.in.socketio;

import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.ORIGIN;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.TENANT;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.fromUser;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.NodeSocketIoClient;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Botlhale wire contract, spoken by the real npm {@code socket.io-client} 3.1.3 (the version of the Botlhale
 * snippet) and the latest 4.x, over WebSocket, long-polling and polling upgraded to WebSocket, on {@code /live_agent}
 * and {@code /}.
 */
@QuarkusTest
@WithTestInfrastructure
class SocketIoContractTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static AgentSide agents;

    @TestHTTPResource("/")
    URI server;

    @BeforeAll
    static void connect() {
        agents = new AgentSide(kafka, TENANT);
    }

    static Stream<Arguments> clients() {
        return Stream.of(
                arguments(3, "websocket", "/live_agent"),
                arguments(3, "polling", "/live_agent"),
                arguments(3, "polling-upgrade", "/live_agent"),
                arguments(4, "websocket", "/live_agent"),
                arguments(4, "polling", "/live_agent"),
                arguments(4, "polling-upgrade", "/live_agent"),
                arguments(3, "websocket", "/"),
                arguments(4, "polling", "/"));
    }

    @ParameterizedTest(name = "socket.io-client {0}.x over {1} on {2}")
    @MethodSource("clients")
    void aBotlhaleClientHandsOffAndChatsWithTheAgent(int version, String transport, String namespace) {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient client = NodeSocketIoClient.start()) {
            client.connect(version, transport, server, namespace, ORIGIN);
            client.awaitConnected();
            SocketIoFixtures.startChat(
                    client, chat, bot, line("bot", "How can I help?"), line("user", "A human, please"));

            HandoffRequested requested = SocketIoFixtures.awaitHandoffRequested(kafka, chat);
            assertThat(requested.botId().value()).isEqualTo(bot);
            assertThat(requested.botHistory())
                    .extracting(HistoryEntry::sender, HistoryEntry::text)
                    .containsExactly(tuple(Sender.BOT, "How can I help?"), tuple(Sender.VISITOR, "A human, please"));

            agents.assign(chat, "alice", "Alice");
            assertThat(client.awaitEvent(EventNames.AGENT_JOINED).path("name").asText())
                    .isEqualTo("Alice");
            agents.say(chat, "alice", "Hello, this is Alice.", null);
            assertThat(client.awaitEvent(EventNames.TO_USER).path("message").asText())
                    .isEqualTo("Hello, this is Alice.");

            int ack = client.emitWithAck(EventNames.FROM_USER, fromUser(chat, bot, "Hi Alice"));
            String messageId = client.awaitAck(ack).path("messageId").asText();
            MessagePosted posted = SocketIoFixtures.awaitVisitorMessage(kafka, chat, "Hi Alice");
            assertThat(posted.messageId().value()).isEqualTo(messageId);
            assertThat(posted.tenantId().value()).isEqualTo(TENANT);

            if (transport.equals("polling-upgrade")) {
                client.awaitReport(r -> r.path("kind").asText().equals("upgrade")
                        && r.path("transport").asText().equals("websocket"));
            }
            assertThat(client.events(EventNames.HANDOFF_ERROR)).isEmpty();
        }
    }

    @Test
    void anEngineIoV3ClientOfTheSocketIo2EraIsServedToo() {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        RawEngineIoSocket raw = RawEngineIoSocket.open(server, 3, ORIGIN);
        try {
            raw.send("40/live_agent");
            raw.await(m -> m.startsWith("42/live_agent,[\"startConversation\""));
            raw.send("42/live_agent,[\"username\",{\"ConversationID\":\"" + chat + "\",\"BotID\":\"" + bot + "\"}]");
            assertThat(raw.await(m -> m.startsWith("42/live_agent,[\"messages\"")))
                    .contains(chat);
        } finally {
            raw.close();
        }
    }
}
