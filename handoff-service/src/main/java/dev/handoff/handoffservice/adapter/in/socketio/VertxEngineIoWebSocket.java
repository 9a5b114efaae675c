package dev.handoff.handoffservice.adapter.in.socketio;

import io.socket.engineio.server.EngineIoWebSocket;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Lets the Engine.IO server drive a Vert.x WebSocket. Messages larger than the frame limit close the connection
 * (1009) before the engine parses them.
 */
final class VertxEngineIoWebSocket extends EngineIoWebSocket {
    private static final Logger LOG = Logger.getLogger(VertxEngineIoWebSocket.class);
    private static final short MESSAGE_TOO_BIG = 1009;
    private final ServerWebSocket webSocket;
    private final Map<String, String> query;
    private final Map<String, List<String>> headers;
    private final int maxFrameBytes;

    VertxEngineIoWebSocket(ServerWebSocket webSocket, Map<String, String> query, Map<String, List<String>> headers,
            int maxFrameBytes) {
        this.webSocket = webSocket;
        this.query = query;
        this.headers = headers;
        this.maxFrameBytes = maxFrameBytes;
        webSocket.textMessageHandler(text -> {
            if (utf8Length(text) > maxFrameBytes) {
                tooBig();
            } else {
                deliver(text);
            }
        });
        webSocket.binaryMessageHandler(buffer -> {
            if (buffer.length() > maxFrameBytes) {
                tooBig();
            } else {
                deliver(buffer.getBytes());
            }
        });
        webSocket.exceptionHandler(e -> emit("error", "websocket error", String.valueOf(e.getMessage())));
        webSocket.closeHandler(ignored -> emit("close"));
    }

    @Override
    public Map<String, String> getQuery() {
        return query;
    }

    @Override
    public Map<String, List<String>> getConnectionHeaders() {
        return headers;
    }

    @Override
    public void write(String message) {
        webSocket.writeTextMessage(message).onFailure(e -> LOG.debugf("WebSocket write failed: %s", e.toString()));
    }

    @Override
    public void write(byte[] message) {
        webSocket.writeBinaryMessage(Buffer.buffer(message))
                .onFailure(e -> LOG.debugf("WebSocket write failed: %s", e.toString()));
    }

    @Override
    public void close() {
        if (!webSocket.isClosed()) {
            webSocket.close();
        }
    }

    private void deliver(Object message) {
        try {
            emit("message", message);
        } catch (RuntimeException | StackOverflowError e) {
            // a frame the engine cannot take (malformed, or nested deep enough to exhaust the parser's stack):
            // this client goes, the event loop stays healthy
            LOG.debugf("closing a WebSocket after a bad frame: %s", e.toString());
            close();
        }
    }

    private void tooBig() {
        LOG.debugf("closing a WebSocket that sent more than %d bytes in one message", maxFrameBytes);
        webSocket.close(MESSAGE_TOO_BIG, "message larger than " + maxFrameBytes + " bytes");
    }

    private int utf8Length(String text) {
        // a char is 1 to 3 bytes: only count exactly near the limit
        if (text.length() > maxFrameBytes) {
            return text.length();
        }
        if ((long) text.length() * 3 <= maxFrameBytes) {
            return text.length();
        }
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
