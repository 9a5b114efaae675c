package dev.handoff.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.bench.chat.JsonFrameListener;
import dev.handoff.bench.chat.Stack;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * An agent's console socket {@code /ws/agent}, ONLINE, handing every frame with its arrival time
 * ({@link System#nanoTime()}) to a listener: what the handoff flows time. It does not reconnect: a socket that drops
 * during a run shows as lost handoffs.
 */
final class AgentFeed implements AutoCloseable {
    private final String token;
    private final WebSocket socket;

    AgentFeed(Stack stack, String user, BiConsumer<JsonNode, Long> onFrame) throws InterruptedException {
        this.token = stack.userToken(user, user);
        Stack.Answer ticket = stack.call("POST", "/api/v1/agent/session-tickets", token, null);
        if (!ticket.ok()) {
            throw new IllegalStateException("no session ticket for " + user + ": " + ticket);
        }
        CountDownLatch welcomed = new CountDownLatch(1);
        URI uri = URI.create(stack.webSocketBase() + "/ws/agent?ticket="
                + URLEncoder.encode(ticket.json().path("ticket").asText(), StandardCharsets.UTF_8));
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(
                        uri,
                        new JsonFrameListener(
                                frame -> {
                                    long now = System.nanoTime();
                                    if (frame.path("type").asText().equals("welcome")) {
                                        welcomed.countDown();
                                    }
                                    onFrame.accept(frame, now);
                                },
                                () -> {}))
                .join();
        if (!welcomed.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no welcome on " + user + "'s console socket");
        }
        // AUTO assigns only to agents who are ONLINE; a console socket may start AWAY (the last status set).
        socket.sendText("{\"type\":\"status\",\"status\":\"ONLINE\"}", true).join();
    }

    /** The agent's access token, for the REST calls that go with the frames. */
    String token() {
        return token;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
}
