package dev.handoff.agent.adapter.in.websocket;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A console tab in tests: a java.net.http WebSocket that queues every frame it receives. */
final class AgentSocketClient implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private AgentSocketClient(URI uri) {
        this.socket = HTTP.newWebSocketBuilder().buildAsync(uri, new Listener()).join();
    }

    /** Connects with a fresh ticket for the token; returns once the welcome frame arrived. */
    static AgentSocketClient connect(URI endpoint, String token) {
        return connect(endpoint, token, "");
    }

    static AgentSocketClient connect(URI endpoint, String token, String extraQuery) {
        AgentSocketClient client = open(endpoint, "ticket=" + ticket(token) + extraQuery);
        client.await(f -> f.path("type").asText().equals("welcome"));
        return client;
    }

    /** Opens a socket with the raw query, without waiting for anything. */
    static AgentSocketClient open(URI endpoint, String query) {
        return new AgentSocketClient(URI.create(endpoint.toString().replaceFirst("^http", "ws") + "?" + query));
    }

    static String ticket(String token) {
        return given().auth().oauth2(token).post("/api/v1/agent/session-tickets")
                .then().statusCode(200).extract().path("ticket");
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame matching {@code wanted}; frames before it are dropped. */
    JsonNode await(Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<JsonNode> skipped = new ArrayList<>();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame != null && wanted.test(frame)) {
                    return frame;
                } else if (frame != null) {
                    skipped.add(frame);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no matching frame within " + WAIT + "; got " + skipped + ", closed: " + closed);
    }

    /** The next frame, whatever it is. */
    JsonNode next() {
        return await(f -> true);
    }

    /** Frames received and not yet taken. */
    List<JsonNode> drain() {
        List<JsonNode> rest = new ArrayList<>();
        frames.drainTo(rest);
        return rest;
    }

    /** How the server closed the socket. */
    Closed awaitClose() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            // The server may have closed first: the client's reply then races this close, which is fine.
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").handle((ws, e) -> null).join();
        }
        closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).exceptionally(e -> null).join();
        socket.abort();
    }

    /** A close frame from the server. */
    record Closed(int code, String reason) {
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(partial.toString()));
                } catch (JsonProcessingException e) {
                    frames.add(JSON.createObjectNode().put("type", "unparseable").put("text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
