package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.testinfra.NodeSocketIoClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** Engine.IO over a plain JDK WebSocket: for what no npm client sends (garbage, or the old v3 protocol). */
final class RawEngineIoSocket implements WebSocket.Listener {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private WebSocket webSocket;

    /** Connects with Engine.IO protocol {@code version} (3 or 4) and waits for the server's open packet. */
    static RawEngineIoSocket open(URI server, int version, String origin) {
        RawEngineIoSocket raw = new RawEngineIoSocket();
        URI uri = URI.create(
                server.toString().replaceFirst("^http", "ws") + "socket.io/?EIO=" + version + "&transport=websocket");
        raw.webSocket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("Origin", origin)
                .buildAsync(uri, raw)
                .join();
        raw.await(m -> m.startsWith("0{"));
        return raw;
    }

    void send(String text) {
        webSocket.sendText(text, true).join();
    }

    /** The first text frame received that matches, waiting for it. */
    String await(Predicate<String> matching) {
        return Awaitility.await()
                .atMost(NodeSocketIoClient.WAIT)
                .until(() -> received.stream().filter(matching).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    boolean closed() {
        return closed;
    }

    void close() {
        if (!closed) {
            webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        received.add(data.toString());
        socket.request(1);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        closed = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        closed = true;
    }
}
