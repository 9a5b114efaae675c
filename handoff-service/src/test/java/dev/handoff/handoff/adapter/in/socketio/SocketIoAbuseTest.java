package dev.handoff.handoff.adapter.in.socketio;

import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.ORIGIN;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.fromUser;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.history;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.line;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.object;
import static dev.handoff.handoff.adapter.in.socketio.SocketIoFixtures.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.testinfra.NodeSocketIoClient;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clients that flood, send huge frames or garbage lose only their own connection; everyone else is served. */
@QuarkusTest
@WithTestInfrastructure
class SocketIoAbuseTest {
    @TestHTTPResource("/")
    URI server;

    /** A well-behaved visitor: after the abuse it can still hand off. */
    private NodeSocketIoClient bystander(String bot, String chat) {
        NodeSocketIoClient client = NodeSocketIoClient.start().connect(4, "websocket", server, "/live_agent", ORIGIN);
        client.awaitEvent(EventNames.START_CONVERSATION);
        client.emit(EventNames.USERNAME, username(chat, bot));
        client.awaitEvent(EventNames.MESSAGES);
        return client;
    }

    private static void stillServed(NodeSocketIoClient bystander, String bot) {
        bystander.emit(EventNames.MESSAGES_TO_CLIENT, history(bot, line("user", "still there?")));
        bystander.awaitEvent(EventNames.CHAT_JOINED);
        assertThat(bystander.disconnected()).isFalse();
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"websocket", "polling"})
    void aFrameOverTheSizeLimitCostsOnlyItsSenderTheConnection(String transport) {
        String bot = SocketIoFixtures.socketIoBot();
        String chat = SocketIoFixtures.newConversationId();
        try (NodeSocketIoClient bystander = bystander(bot, SocketIoFixtures.newConversationId());
                NodeSocketIoClient offender = NodeSocketIoClient.start()) {
            offender.connect(4, transport, server, "/live_agent", ORIGIN).awaitEvent(EventNames.START_CONVERSATION);
            offender.emit(EventNames.FROM_USER, fromUser(chat, bot, "z".repeat(70_000)));
            assertThat(offender.awaitDisconnect()).startsWith("transport");
            assertThat(offender.events(EventNames.HANDOFF_ERROR)).isEmpty();
            stillServed(bystander, bot);
        }
    }

    @Test
    void tooManyEventsPerSecondAreEachAnsweredAndTheLimitRecovers() {
        String bot = SocketIoFixtures.socketIoBot();
        try (NodeSocketIoClient bystander = bystander(bot, SocketIoFixtures.newConversationId());
                NodeSocketIoClient flooder = NodeSocketIoClient.start()) {
            flooder.connect(4, "websocket", server, "/live_agent", ORIGIN).awaitEvent(EventNames.START_CONVERSATION);
            int burst = 30;
            for (int i = 0; i < burst; i++) {
                flooder.emit("flood", object("n", i));
            }
            flooder.awaitEvent(EventNames.HANDOFF_ERROR, burst);
            List<String> codes = flooder.events(EventNames.HANDOFF_ERROR).stream()
                    .map(e -> e.path("code").asText())
                    .toList();
            assertThat(codes)
                    .as("every event is answered, none dropped silently")
                    .hasSize(burst)
                    .containsOnly("rate-limited", "unknown-event");
            // a bucket of 10 refilling at 5/s cannot have let 30 through in the time it took
            assertThat(codes).filteredOn("rate-limited"::equals).hasSizeGreaterThanOrEqualTo(burst - 20);
            stillServed(bystander, bot);

            // the bucket refills: a later event is handled again (answered unknown-event, not rate-limited)
            await().atMost(NodeSocketIoClient.WAIT)
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> {
                        int answered = flooder.events(EventNames.HANDOFF_ERROR).size();
                        flooder.emit("flood", object("n", answered));
                        return flooder.awaitEvent(EventNames.HANDOFF_ERROR, answered + 1)
                                .path("code")
                                .asText()
                                .equals("unknown-event");
                    });
        }
    }

    @Test
    void malformedPacketsCloseOnlyThatConnection() {
        String bot = SocketIoFixtures.socketIoBot();
        try (NodeSocketIoClient bystander = bystander(bot, SocketIoFixtures.newConversationId())) {
            RawEngineIoSocket raw = RawEngineIoSocket.open(server, 4, ORIGIN);
            raw.send("40/live_agent,");
            raw.await(m -> m.contains("startConversation"));
            raw.send("42/live_agent,[\"username\",{\"ConversationID\":");
            await().atMost(NodeSocketIoClient.WAIT).until(raw::closed);
            stillServed(bystander, bot);
        }
    }

    @Test
    void anUnknownNamespaceIsRefusedAtConnect() {
        try (NodeSocketIoClient client = NodeSocketIoClient.start()) {
            client.connect(4, "websocket", server, "/admin", ORIGIN);
            JsonNode refused = client.awaitReport(r -> r.path("kind").asText().equals("connect_error"));
            assertThat(refused.path("message").asText()).isEqualTo("Invalid namespace");
            assertThat(client.events(EventNames.START_CONVERSATION)).isEmpty();
        }
    }
}
