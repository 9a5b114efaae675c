package dev.handoff.agent.adapter.in.websocket;

import dev.handoff.agent.application.port.in.AgentSessionUseCase;
import dev.handoff.agent.application.port.in.OpenSessionCommand;
import dev.handoff.agent.application.port.in.OpenedSession;
import dev.handoff.agent.application.port.in.ReadNoticesUseCase;
import dev.handoff.agent.application.port.in.TicketRejectedException;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.input.InvalidInputException;
import dev.handoff.runtime.socket.SocketCloses;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The agent console's socket. Callbacks run on worker threads (they return void), one at a time per
 * socket, so they may use the database. Close codes are documented in the README.
 */
@WebSocket(path = "/ws/agent")
public class AgentSocket {
    static final int TICKET_REJECTED = 4401;
    static final int TOO_MANY_BAD_FRAMES = 4429;
    static final int SERVER_ERROR = 1011;
    static final int MESSAGE_TOO_BIG = SocketCloses.MESSAGE_TOO_BIG;
    /** A query parameter the socket cannot take ({@code afterSeq} not a whole number). */
    static final int BAD_QUERY = 4400;
    /** The transport's hard limit ({@code quarkus.websockets-next.server.max-message-size}). */
    static final int MAX_FRAME_BYTES = 65_536;

    private static final Logger LOG = Logger.getLogger(AgentSocket.class);

    private final AgentSessionUseCase sessions;
    private final ReadNoticesUseCase notices;
    private final LiveSessions live;
    private final Frames frames;
    private final SocketSends sends;
    private final Clock clock;

    public AgentSocket(
            AgentSessionUseCase sessions,
            ReadNoticesUseCase notices,
            LiveSessions live,
            Frames frames,
            SocketSends sends,
            Clock clock) {
        this.sessions = sessions;
        this.notices = notices;
        this.live = live;
        this.frames = frames;
        this.sends = sends;
        this.clock = clock;
    }

    @OnOpen
    public void onOpen(WebSocketConnection connection) {
        Map<String, String> query = query(connection.handshakeRequest().query());
        Long afterSeq;
        try {
            afterSeq = query.get("afterSeq") == null
                    ? null
                    : InputRules.wholeNumber("afterSeq", query.get("afterSeq"), 0, Long.MAX_VALUE);
        } catch (InvalidInputException e) {
            connection.closeAndAwait(new CloseReason(BAD_QUERY, "afterSeq " + e.getMessage()));
            return;
        }
        OpenedSession opened;
        try {
            opened = sessions.open(new OpenSessionCommand(query.get("ticket"), connection.id()));
        } catch (TicketRejectedException e) {
            connection.closeAndAwait(new CloseReason(
                    TICKET_REJECTED,
                    switch (e.reason()) {
                        case MISSING -> "ticket missing";
                        case EXPIRED -> "ticket expired";
                        case UNKNOWN_OR_USED -> "ticket unknown or already used";
                    }));
            return;
        }
        LiveSession session = new LiveSession(connection, opened, notices, frames);
        live.add(session);
        if (connection.isClosed()) {
            onClose(connection); // the client left while we were opening: undo the count right away
            return;
        }
        session.start(afterSeq);
    }

    @OnTextMessage
    public void onMessage(WebSocketConnection connection, String text) {
        LiveSession session = live.get(connection.id()).orElse(null);
        if (session == null) {
            return; // rejected or closing
        }
        if (SocketCloses.isOver(text, MAX_FRAME_BYTES)) {
            // a single frame the codec took whole, but over the socket's limit
            connection.closeAndAwait(new CloseReason(MESSAGE_TOO_BIG, SocketCloses.tooBig(MAX_FRAME_BYTES)));
            return;
        }
        ClientFrame frame = session.admit(clock.instant())
                ? frames.parse(text)
                : new ClientFrame.Bad(
                        "rate-limited", "Too many frames; at most " + InboundLimits.FRAMES_PER_SECOND + " per second.");
        if (frame instanceof ClientFrame.Ping) {
            session.send(frames.pong());
        } else if (frame instanceof ClientFrame.Resume resume) {
            session.resume(resume.afterSeq());
        } else if (frame instanceof ClientFrame.Status status) {
            sessions.choose(session.agentId(), status.status());
            session.send(frames.status(status.status()));
        } else if (frame instanceof ClientFrame.Send send) {
            session.send(sends.send(session.profile(), send));
        } else if (frame instanceof ClientFrame.Bad bad) {
            session.send(frames.error(bad.code(), bad.detail(), bad.clientMessageId()));
            if (session.tooManyBadFrames(clock.instant())) {
                connection.closeAndAwait(new CloseReason(TOO_MANY_BAD_FRAMES, "too many bad frames"));
            }
        }
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        live.remove(connection.id()).ifPresent(session -> sessions.close(session.agentId(), connection.id()));
    }

    /** The socket speaks JSON text only. */
    @OnBinaryMessage
    public Uni<Void> onBinary(WebSocketConnection connection, Buffer ignored) {
        return connection.close(new CloseReason(SocketCloses.UNSUPPORTED_DATA, SocketCloses.BINARY_REFUSED));
    }

    /**
     * Non-blocking, so that it runs on the event loop while the WebSocket layer reports an oversized frame: the 1009
     * close frame then goes out before that layer drops the connection (a message over the limit would otherwise
     * reach us as its tail).
     */
    @OnError
    public Uni<Void> onError(WebSocketConnection connection, Throwable failure) {
        if (SocketCloses.isTooBig(failure)) {
            return connection.close(new CloseReason(MESSAGE_TOO_BIG, SocketCloses.tooBig(MAX_FRAME_BYTES)));
        }
        LOG.errorf(failure, "agent socket %s failed", connection.id());
        LiveSession session = live.get(connection.id()).orElse(null);
        if (session == null) {
            // Failed while opening: nobody is counted yet, and the client should retry with a new ticket.
            return connection.close(new CloseReason(SERVER_ERROR, "server error, retry with a new ticket"));
        } else if (!connection.isClosed()) {
            session.send(frames.error("internal", "The frame could not be handled; it has been logged."));
        }
        return Uni.createFrom().voidItem();
    }

    private static Map<String, String> query(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parameters.putIfAbsent(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }
}
