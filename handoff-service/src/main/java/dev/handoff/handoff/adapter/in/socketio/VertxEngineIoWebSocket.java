package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.runtime.socket.SocketCloses;
import io.socket.engineio.server.EngineIoWebSocket;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Lets the Engine.IO server drive a Vert.x WebSocket. Close codes (docs/api-errors.md): a message or a frame larger
 * than the frame limit closes the connection with 1009 before the engine parses it; a binary frame (the Botlhale
 * protocol has none) with 1003; a frame the engine cannot parse with 1007.
 */
final class VertxEngineIoWebSocket extends EngineIoWebSocket {
    private static final Logger LOG = Logger.getLogger(VertxEngineIoWebSocket.class);
    private final ServerWebSocket webSocket;
    private final Map<String, String> query;
    private final Map<String, List<String>> headers;
    private final int maxFrameBytes;

    VertxEngineIoWebSocket(
            ServerWebSocket webSocket,
            Map<String, String> query,
            Map<String, List<String>> headers,
            int maxFrameBytes) {
        this.webSocket = webSocket;
        this.query = query;
        this.headers = headers;
        this.maxFrameBytes = maxFrameBytes;
        webSocket.textMessageHandler(text -> {
            if (SocketCloses.isOver(text, maxFrameBytes)) {
                tooBig();
            } else if (EngineIoPayloads.packet(text).isPresent()) {
                // the engine would drop it without a word
                closeWith(SocketCloses.INVALID_PAYLOAD, "malformed packet");
            } else {
                deliver(text);
            }
        });
        webSocket.binaryMessageHandler(
                ignored -> closeWith(SocketCloses.UNSUPPORTED_DATA, SocketCloses.BINARY_REFUSED));
        webSocket.exceptionHandler(e -> {
            if (SocketCloses.isTooBig(e)) {
                // called before Vert.x drops the connection: the close frame still goes out
                tooBig();
            } else {
                emit("error", "websocket error", String.valueOf(e.getMessage()));
            }
        });
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
        webSocket
                .writeBinaryMessage(Buffer.buffer(message))
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
            closeWith(SocketCloses.INVALID_PAYLOAD, "malformed packet");
        }
    }

    private void tooBig() {
        LOG.debugf("closing a WebSocket that sent more than %d bytes in one message", maxFrameBytes);
        closeWith(SocketCloses.MESSAGE_TOO_BIG, SocketCloses.tooBig(maxFrameBytes));
    }

    private void closeWith(short code, String reason) {
        if (!webSocket.isClosed()) {
            webSocket.close(code, reason);
        }
    }
}
