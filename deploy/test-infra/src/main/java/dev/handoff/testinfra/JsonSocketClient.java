package dev.handoff.testinfra;

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

/** A browser tab in tests: a java.net.http WebSocket that queues every JSON frame it receives. */
public final class JsonSocketClient implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private JsonSocketClient(URI uri) {
        this.socket = HTTP.newWebSocketBuilder().buildAsync(uri, new Listener()).join();
    }

    /** Opens {@code endpoint} (http or ws URI) with the raw {@code query}, without waiting for a frame. */
    public static JsonSocketClient open(URI endpoint, String query) {
        String base = endpoint.toString().replaceFirst("^http", "ws");
        return new JsonSocketClient(URI.create(query == null || query.isEmpty() ? base : base + "?" + query));
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends a binary frame (the platform's sockets speak JSON text only). */
    public void sendBinary(byte[] bytes) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).join();
    }

    /** The next frame matching {@code wanted}; frames before it are dropped. */
    public JsonNode await(Predicate<JsonNode> wanted) {
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

    /** The next frame of this {@code type}; frames before it are dropped. */
    public JsonNode await(String type) {
        return await(f -> type.equals(f.path("type").asText()));
    }

    /** The next frame, whatever it is. */
    public JsonNode next() {
        return await(f -> true);
    }

    /** Frames received and not yet taken. */
    public List<JsonNode> drain() {
        List<JsonNode> rest = new ArrayList<>();
        frames.drainTo(rest);
        return rest;
    }

    /** How the server closed the socket. */
    public Closed awaitClose() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            // The server may have closed first: the client's reply then races this close, which is fine.
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                    .handle((ws, e) -> null)
                    .join();
        }
        closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS)
                .exceptionally(e -> null)
                .join();
        socket.abort();
    }

    /** A close frame from the server (code -1: the connection failed). */
    public record Closed(int code, String reason) {}

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(partial.toString()));
                } catch (JsonProcessingException e) {
                    frames.add(
                            JSON.createObjectNode().put("type", "unparseable").put("text", partial.toString()));
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
