package dev.handoff.e2e;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A WebSocket client that sends exactly the frames a case asks for (text, binary, fragments, any size) and reports
 * what came back: text frames, and the close code and reason, or that the connection dropped without a close frame.
 */
final class SocketProbe implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    /** What {@link #awaitClose} returns when the connection ended without a close frame (the client's 1006). */
    static final Closed DROPPED = new Closed(1006, "");

    /** How the server ended the connection. */
    record Closed(int code, String reason) {}

    private final WebSocket socket;
    private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();

    private SocketProbe(WebSocket socket) {
        this.socket = socket;
        socket.textMessageHandler(texts::add);
        socket.closeHandler(ignored -> closed.complete(
                socket.closeStatusCode() == null
                        ? DROPPED
                        : new Closed(
                                socket.closeStatusCode(), socket.closeReason() == null ? "" : socket.closeReason())));
        socket.exceptionHandler(ignored -> {
            // a reset connection shows as a close without a frame
        });
    }

    /** Opens {@code uri} (ws://host:port/path?query). */
    static SocketProbe open(Vertx vertx, URI uri) {
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setMaxWebSocketFrameSize(16 << 20).setMaxWebSocketMessageSize(64 << 20));
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost(uri.getHost())
                .setPort(uri.getPort())
                .setURI(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                // a server-side client, not a page: no Origin, as a bot's widget test or a native app sends none
                .setAllowOriginHeader(false);
        return new SocketProbe(
                await(client.webSocket(options).toCompletionStage().toCompletableFuture()));
    }

    void text(String text) {
        await(socket.writeFrame(WebSocketFrame.textFrame(text, true))
                .toCompletionStage()
                .toCompletableFuture());
    }

    void binary(byte[] bytes) {
        await(socket.writeFrame(WebSocketFrame.binaryFrame(Buffer.buffer(bytes), true))
                .toCompletionStage()
                .toCompletableFuture());
    }

    /** {@code text} as two frames: a text frame with its first half, a continuation with the rest. */
    void fragmented(String text) {
        int half = text.length() / 2;
        socket.writeFrame(WebSocketFrame.textFrame(text.substring(0, half), false));
        socket.writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer(text.substring(half)), true));
    }

    /** The next text frame that {@code wanted} accepts (others are skipped), or null after {@link #WAIT}. */
    String await(Predicate<String> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String text = texts.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (text != null && wanted.test(text)) {
                    return text;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** How the server closed the connection, or null when it stayed open for {@link #WAIT}. */
    Closed awaitClose() {
        try {
            return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return DROPPED;
        }
    }

    boolean isOpen() {
        return !closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isClosed()) {
            socket.close();
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("WebSocket: " + e, e);
        }
    }
}
