package dev.handoff.bench.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.testinfra.NodeSocketIoClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A Botlhale-style visitor: the npm {@code socket.io-client} 3.1.3 (as the widget ships) on {@code /live_agent}, joined
 * to its chat with {@code username}. When the connection goes away it connects and joins again; the server then hands
 * it the agent messages it had not had. Messages are sent with the {@code clientMessageId} extension so a resend is safe.
 */
public final class VisitorSocketIo implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(25);
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(250);

    private final NodeSocketIoClient client;
    private final URI server;
    private final String conversationId;
    private final String botId;
    private final Received received;
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "socketio-visitor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int read;
    private volatile boolean connected;
    private volatile long reconnectAt;
    private volatile int reconnects;

    /** Starts Node with the client in {@code clientDir} and joins the chat. */
    public VisitorSocketIo(Path clientDir, URI gateway, String conversationId, String botId, Received received) {
        this.client = NodeSocketIoClient.start(clientDir);
        this.server = gateway;
        this.conversationId = conversationId;
        this.botId = botId;
        this.received = received;
        connect();
        follower.scheduleWithFixedDelay(this::follow, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** {@code from_user} with an acknowledgement, waiting at most {@code timeout} for it. */
    public SendAnswer send(String clientMessageId, String text, Duration timeout) {
        if (!connected) {
            return new SendAnswer(SendAnswer.Kind.NO_ANSWER, "not connected");
        }
        int ack = client.emitWithAck(
                "from_user",
                Map.of(
                        "message",
                        text,
                        "ConversationID",
                        conversationId,
                        "BotID",
                        botId,
                        "clientMessageId",
                        clientMessageId));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && connected) {
            for (JsonNode report : client.reportsFrom(0)) {
                if (report.path("kind").asText().equals("ack")
                        && report.path("ack").asInt() == ack) {
                    JsonNode answer = report.path("args").path(0);
                    if (answer.has("messageId")) {
                        return SendAnswer.STORED;
                    }
                    String code = answer.path("error").path("code").asText();
                    return new SendAnswer(
                            code.equals("message-not-stored") ? SendAnswer.Kind.REFUSED : SendAnswer.Kind.UNKNOWN,
                            code + ": " + answer.path("error").path("message").asText());
                }
            }
            sleep(POLL);
        }
        return new SendAnswer(SendAnswer.Kind.NO_ANSWER, connected ? "no acknowledgement in time" : "disconnected");
    }

    /** Whether the client has joined its chat now (a send before that is answered "not connected"). */
    public boolean connected() {
        return connected;
    }

    /** How often the client had to connect again. */
    public int reconnects() {
        return reconnects;
    }

    private void connect() {
        client.connect(3, "websocket", server, "/live_agent", null);
    }

    /** Reads the client's new reports: joins after each connect, notes messages, reconnects after a disconnect. */
    private void follow() {
        try {
            for (JsonNode report : client.reportsFrom(read)) {
                read++;
                switch (report.path("kind").asText()) {
                    case "connect" -> client.emit("username", Map.of("ConversationID", conversationId, "BotID", botId));
                    case "event" ->
                        onEvent(
                                report.path("event").asText(),
                                report.path("args").path(0));
                    case "disconnect", "connect_error" -> {
                        connected = false;
                        reconnectAt = System.nanoTime() + RECONNECT_PAUSE.toNanos();
                    }
                    default -> {}
                }
            }
            if (!connected && reconnectAt != 0 && System.nanoTime() >= reconnectAt) {
                reconnectAt = 0;
                reconnects++;
                connect();
            }
        } catch (RuntimeException e) {
            // the Node process went away: close() is coming
        }
    }

    private void onEvent(String event, JsonNode payload) {
        if (event.equals("chat_joined")) {
            connected = true;
        } else if (event.equals("to_user")) {
            Tag.of(payload.path("message").asText()).ifPresent(tag -> received.received(tag, "socketio-visitor"));
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        follower.shutdownNow();
        client.close();
    }
}
