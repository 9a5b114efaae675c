package dev.handoff.handoff.adapter.in.websocket;

import dev.handoff.handoff.application.port.in.AcceptEndProposalUseCase;
import dev.handoff.handoff.application.port.in.ChatNotOpenException;
import dev.handoff.handoff.application.port.in.EndVisitorChatUseCase;
import dev.handoff.handoff.application.port.in.LeaveMessageCommand;
import dev.handoff.handoff.application.port.in.LeaveMessageRefusedException;
import dev.handoff.handoff.application.port.in.LeaveMessageUseCase;
import dev.handoff.handoff.application.port.in.MessageNotStoredException;
import dev.handoff.handoff.application.port.in.MessageOutcomeUnknownException;
import dev.handoff.handoff.application.port.in.NoEndProposalException;
import dev.handoff.handoff.application.port.in.OpenVisitorChatUseCase;
import dev.handoff.handoff.application.port.in.PostVisitorMessageCommand;
import dev.handoff.handoff.application.port.in.PostVisitorMessageUseCase;
import dev.handoff.handoff.application.port.in.PostedVisitorMessage;
import dev.handoff.handoff.application.port.in.RateChatUseCase;
import dev.handoff.handoff.application.port.in.RatingRefusedException;
import dev.handoff.handoff.application.port.in.SignalVisitorTypingUseCase;
import dev.handoff.handoff.application.port.in.VisitorAccessDeniedException;
import dev.handoff.handoff.application.port.in.VisitorChat;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedUseCase;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.input.InvalidInputException;
import dev.handoff.runtime.socket.RequestContextExecutors;
import dev.handoff.runtime.socket.SerialWorker;
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
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * The visitor's native socket: {@code /ws/visitor?token=<visitor token>&after=<sequence>}. Frames are taken in on
 * the event loop and handled on Quarkus' worker pool, one at a time per socket. Frames and close codes are
 * documented in the README.
 */
@WebSocket(path = "/ws/visitor")
public class VisitorSocket {
    static final int ACCESS_DENIED = 4403;
    /** A query parameter the socket cannot take ({@code after} not a whole number). */
    static final int BAD_QUERY = 4400;
    /** The transport's hard limit ({@code quarkus.websockets-next.server.max-message-size}). */
    static final int MAX_FRAME_BYTES = 65_536;

    private static final Logger LOG = Logger.getLogger(VisitorSocket.class);

    private final Map<String, VisitorSession> sessions = new ConcurrentHashMap<>();
    private final OpenVisitorChatUseCase open;
    private final PostVisitorMessageUseCase post;
    private final SignalVisitorTypingUseCase typing;
    private final EndVisitorChatUseCase end;
    private final AcceptEndProposalUseCase confirmEnd;
    private final RateChatUseCase rate;
    private final LeaveMessageUseCase leave;
    private final WatchVisitorFeedUseCase feed;
    private final VisitorFrames frames;
    private final Clock clock;
    private final Executor workers;

    public VisitorSocket(
            OpenVisitorChatUseCase open,
            PostVisitorMessageUseCase post,
            SignalVisitorTypingUseCase typing,
            EndVisitorChatUseCase end,
            AcceptEndProposalUseCase confirmEnd,
            RateChatUseCase rate,
            LeaveMessageUseCase leave,
            WatchVisitorFeedUseCase feed,
            VisitorFrames frames,
            Clock clock,
            RequestContextExecutors requestContexts) {
        this.workers = requestContexts.on(Infrastructure.getDefaultWorkerPool());
        this.confirmEnd = confirmEnd;
        this.leave = leave;
        this.open = open;
        this.post = post;
        this.typing = typing;
        this.end = end;
        this.rate = rate;
        this.feed = feed;
        this.frames = frames;
        this.clock = clock;
    }

    /**
     * On the event loop, like the frames: the session (and its worker) exists before any frame can arrive, and the
     * chat is opened as the worker's first task, so a frame sent right after connecting waits for it instead of
     * finding no session.
     */
    @OnOpen
    public Uni<Void> onOpen(WebSocketConnection connection) {
        long after;
        try {
            String given = queryParameter(connection, "after");
            after = given == null ? 0 : InputRules.wholeNumber("after", given, 0, Long.MAX_VALUE);
        } catch (InvalidInputException e) {
            return connection.close(new CloseReason(BAD_QUERY, "after " + e.getMessage()));
        }
        VisitorSession session = new VisitorSession(
                connection, frames, feed, new SerialWorker(workers, VisitorSession.MAX_QUEUED_FRAMES));
        sessions.put(connection.id(), session);
        String token = queryParameter(connection, "token");
        session.worker().submitAlways(() -> {
            try {
                session.opened(open.byToken(token), after);
            } catch (VisitorAccessDeniedException e) {
                sessions.remove(connection.id());
                connection.closeAndAwait(
                        new CloseReason(ACCESS_DENIED, e.reason().name().toLowerCase(java.util.Locale.ROOT)));
            }
        });
        return Uni.createFrom().voidItem();
    }

    /** The socket speaks JSON text only. */
    @OnBinaryMessage
    public Uni<Void> onBinary(WebSocketConnection connection, Buffer ignored) {
        return connection.close(new CloseReason(SocketCloses.UNSUPPORTED_DATA, SocketCloses.BINARY_REFUSED));
    }

    /**
     * Runs on the event loop as each frame arrives, so the rate limit counts arrivals and a ping is answered at once
     * even while earlier frames of the socket still wait for the database or the broker; the rest goes to the
     * socket's serial worker, in order.
     */
    @OnTextMessage
    public Uni<Void> onMessage(WebSocketConnection connection, String text) {
        VisitorSession session = sessions.get(connection.id());
        if (session == null) {
            return Uni.createFrom().voidItem();
        }
        if (SocketCloses.isOver(text, MAX_FRAME_BYTES)) {
            // a single frame the codec took whole, but over the socket's limit
            return connection.close(
                    new CloseReason(SocketCloses.MESSAGE_TOO_BIG, SocketCloses.tooBig(MAX_FRAME_BYTES)));
        }
        ClientFrame frame = session.allowance().tryTake(clock.instant())
                ? frames.parse(text)
                : new ClientFrame.Bad(
                        "rate-limited",
                        "Too many frames: at most " + VisitorSession.FRAMES_PER_SECOND + " per second (bursts of "
                                + VisitorSession.BURST + "). Send it again shortly.",
                        null);
        if (frame instanceof ClientFrame.Ping) {
            session.send(frames.pong());
        } else if (frame instanceof ClientFrame.Bad bad) {
            session.send(frames.error(bad.code(), bad.detail(), bad.clientMessageId()));
        } else if (!session.worker().submit(() -> handle(session, frame))) {
            session.send(frames.error(
                    "overloaded",
                    "Too many frames are still being handled; send this one again" + " shortly.",
                    clientIdOf(frame)));
        }
        return Uni.createFrom().voidItem();
    }

    private void handle(VisitorSession session, ClientFrame frame) {
        VisitorChat chat = session.chat();
        if (chat == null) {
            return; // its token was refused: the socket is closed with the reason
        }
        try {
            if (frame instanceof ClientFrame.Message m) {
                PostedVisitorMessage posted = post.post(new PostVisitorMessageCommand(
                        chat.tenantId(), chat.conversationId(), m.clientMessageId(), m.text()));
                session.send(
                        frames.ack(posted.clientMessageId(), posted.messageId().value()));
            } else if (frame instanceof ClientFrame.TypingFrame t) {
                typing.typing(chat.tenantId(), chat.conversationId(), t.typing());
            } else if (frame instanceof ClientFrame.Resume r) {
                session.followFrom(r.afterSequence());
            } else if (frame instanceof ClientFrame.End) {
                end.end(chat.tenantId(), chat.conversationId());
            } else if (frame instanceof ClientFrame.ConfirmEnd) {
                confirmEnd.accept(chat.tenantId(), chat.conversationId());
            } else if (frame instanceof ClientFrame.LeaveMessage l) {
                // the feed brings message-left, then ended (left_message)
                leave.leave(new LeaveMessageCommand(
                        chat.tenantId(), chat.conversationId(), l.name(), l.email(), l.message()));
            } else if (frame instanceof ClientFrame.Rate r) {
                rate.rate(chat.tenantId(), chat.conversationId(), r.score(), r.comment());
                session.send(frames.rated(r.score()));
            }
        } catch (ChatNotOpenException e) {
            session.send(frames.error("chat-ended", e.getMessage(), clientIdOf(frame)));
        } catch (NoEndProposalException e) {
            session.send(frames.error("no-end-proposal", e.getMessage(), null));
        } catch (LeaveMessageRefusedException e) {
            session.send(frames.error(e.code(), e.getMessage(), null));
        } catch (RatingRefusedException e) {
            session.send(frames.error(e.code(), e.getMessage(), null));
        } catch (MessageNotStoredException e) {
            session.send(frames.error("not-stored", e.getMessage(), clientIdOf(frame)));
        } catch (MessageOutcomeUnknownException e) {
            session.send(frames.error("outcome-unknown", e.getMessage(), clientIdOf(frame)));
        } catch (RuntimeException e) {
            LOG.errorf(e, "visitor socket %s: a frame failed", session.connectionId());
            session.send(
                    frames.error("internal", "The frame could not be handled; it has been logged.", clientIdOf(frame)));
        }
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        VisitorSession session = sessions.remove(connection.id());
        if (session != null) {
            // after the frames still queued, so that a queued resume cannot start a feed nobody stops
            session.worker().submitAlways(session::stop);
        }
    }

    /**
     * Non-blocking, so that it runs on the event loop while the WebSocket layer reports an oversized frame: the 1009
     * close frame then goes out before that layer drops the connection.
     */
    @OnError
    public Uni<Void> onError(WebSocketConnection connection, Throwable failure) {
        if (SocketCloses.isTooBig(failure)) {
            return connection.close(
                    new CloseReason(SocketCloses.MESSAGE_TOO_BIG, SocketCloses.tooBig(MAX_FRAME_BYTES)));
        }
        LOG.errorf(failure, "visitor socket %s failed", connection.id());
        VisitorSession session = sessions.get(connection.id());
        if (session != null) {
            session.send(frames.error("internal", "The frame could not be handled; it has been logged.", null));
        }
        return Uni.createFrom().voidItem();
    }

    private static String clientIdOf(ClientFrame frame) {
        return frame instanceof ClientFrame.Message m ? m.clientMessageId() : null;
    }

    private static String queryParameter(WebSocketConnection connection, String name) {
        String query = connection.handshakeRequest().query();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && name.equals(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8))) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
