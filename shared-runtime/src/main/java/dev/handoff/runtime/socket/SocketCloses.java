package dev.handoff.runtime.socket;

import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The WebSocket close codes every socket of the platform uses for the same reasons (docs/api-errors.md has the full
 * table with each socket's own 44xx codes), and the recognition of "too big" however the WebSocket layer reports it.
 */
public final class SocketCloses {
    /** A binary frame on a socket that speaks JSON text only. */
    public static final short UNSUPPORTED_DATA = 1003;
    /** A frame that is not a packet of the socket's protocol (Socket.IO; the native sockets answer an error frame). */
    public static final short INVALID_PAYLOAD = 1007;
    /** A frame or message over the socket's size limit. */
    public static final short MESSAGE_TOO_BIG = 1009;
    /** Something failed on our side; the client may reconnect. */
    public static final short SERVER_ERROR = 1011;
    /** The reason sent with {@link #UNSUPPORTED_DATA}. */
    public static final String BINARY_REFUSED = "binary frames are not accepted";

    private SocketCloses() {}

    /** The reason sent with {@link #MESSAGE_TOO_BIG}. */
    public static String tooBig(int maxBytes) {
        return "frame larger than " + maxBytes + " bytes";
    }

    /** True when {@code text} takes more than {@code maxBytes} in UTF-8 (counted exactly only near the limit). */
    public static boolean isOver(String text, int maxBytes) {
        if (text.length() > maxBytes) {
            return true;
        }
        return (long) text.length() * 3 > maxBytes && text.getBytes(StandardCharsets.UTF_8).length > maxBytes;
    }

    /**
     * True when {@code failure} says a frame (Netty's decoder) or an assembled message (Vert.x) was over the limit.
     * Both arrive before the connection is dropped, so a close frame sent right then still reaches the client.
     */
    public static boolean isTooBig(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CorruptedWebSocketFrameException corrupted
                    && corrupted.closeStatus() != null
                    && corrupted.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code()) {
                return true;
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("max message size") || message.contains("max frame length")) {
                return true;
            }
        }
        return false;
    }
}
