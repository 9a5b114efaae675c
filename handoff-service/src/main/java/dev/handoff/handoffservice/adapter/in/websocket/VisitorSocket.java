package dev.handoff.handoffservice.adapter.in.websocket;

import dev.handoff.handoffservice.application.port.in.ChatNotOpenException;
import dev.handoff.handoffservice.application.port.in.EndVisitorChatUseCase;
import dev.handoff.handoffservice.application.port.in.MessageNotStoredException;
import dev.handoff.handoffservice.application.port.in.MessageOutcomeUnknownException;
import dev.handoff.handoffservice.application.port.in.OpenVisitorChatUseCase;
import dev.handoff.handoffservice.application.port.in.PostVisitorMessageCommand;
import dev.handoff.handoffservice.application.port.in.PostVisitorMessageUseCase;
import dev.handoff.handoffservice.application.port.in.PostedVisitorMessage;
import dev.handoff.handoffservice.application.port.in.RateChatUseCase;
import dev.handoff.handoffservice.application.port.in.RatingRefusedException;
import dev.handoff.handoffservice.application.port.in.SignalVisitorTypingUseCase;
import dev.handoff.handoffservice.application.port.in.VisitorAccessDeniedException;
import dev.handoff.handoffservice.application.port.in.VisitorChat;
import dev.handoff.handoffservice.application.port.in.WatchVisitorFeedUseCase;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The visitor's native socket: {@code /ws/visitor?token=<visitor token>&after=<sequence>}. Callbacks run on
 * worker threads, one at a time per socket. Frames and close codes are documented in the README.
 */
@WebSocket(path = "/ws/visitor")
public class VisitorSocket {
    static final int ACCESS_DENIED = 4403;
    static final int MESSAGE_TOO_BIG = 1009;
    private static final Logger LOG = Logger.getLogger(VisitorSocket.class);

    private final Map<String, VisitorSession> sessions = new ConcurrentHashMap<>();
    private final OpenVisitorChatUseCase open;
    private final PostVisitorMessageUseCase post;
    private final SignalVisitorTypingUseCase typing;
    private final EndVisitorChatUseCase end;
    private final RateChatUseCase rate;
    private final WatchVisitorFeedUseCase feed;
    private final VisitorFrames frames;
    private final Clock clock;

    public VisitorSocket(OpenVisitorChatUseCase open, PostVisitorMessageUseCase post, SignalVisitorTypingUseCase typing,
            EndVisitorChatUseCase end, RateChatUseCase rate, WatchVisitorFeedUseCase feed, VisitorFrames frames,
            Clock clock) {
        this.open = open;
        this.post = post;
        this.typing = typing;
        this.end = end;
        this.rate = rate;
        this.feed = feed;
        this.frames = frames;
        this.clock = clock;
    }

    @OnOpen
    public void onOpen(WebSocketConnection connection) {
        VisitorChat chat;
        try {
            chat = open.byToken(queryParameter(connection, "token"));
        } catch (VisitorAccessDeniedException e) {
            connection.closeAndAwait(new CloseReason(ACCESS_DENIED, e.reason().name().toLowerCase(java.util.Locale.ROOT)));
            return;
        }
        VisitorSession session = new VisitorSession(connection, chat, frames, feed);
        sessions.put(connection.id(), session);
        session.followFrom(after(queryParameter(connection, "after")));
    }

    @OnTextMessage
    public void onMessage(WebSocketConnection connection, String text) {
        VisitorSession session = sessions.get(connection.id());
        if (session == null) {
            return;
        }
        ClientFrame frame = session.allowance().tryTake(clock.instant()) ? frames.parse(text)
                : new ClientFrame.Bad("rate-limited", "Too many frames: at most " + VisitorSession.FRAMES_PER_SECOND
                        + " per second (bursts of " + VisitorSession.BURST + "). Send it again shortly.", null);
        VisitorChat chat = session.chat();
        try {
            if (frame instanceof ClientFrame.Message m) {
                PostedVisitorMessage posted = post.post(new PostVisitorMessageCommand(chat.tenantId(),
                        chat.conversationId(), m.clientMessageId(), m.text()));
                session.send(frames.ack(posted.clientMessageId(), posted.messageId().value()));
            } else if (frame instanceof ClientFrame.TypingFrame t) {
                typing.typing(chat.tenantId(), chat.conversationId(), t.typing());
            } else if (frame instanceof ClientFrame.Resume r) {
                session.followFrom(r.afterSequence());
            } else if (frame instanceof ClientFrame.End) {
                end.end(chat.tenantId(), chat.conversationId());
            } else if (frame instanceof ClientFrame.Rate r) {
                rate.rate(chat.tenantId(), chat.conversationId(), r.score(), r.comment());
                session.send(frames.rated(r.score()));
            } else if (frame instanceof ClientFrame.Ping) {
                session.send(frames.pong());
            } else if (frame instanceof ClientFrame.Bad bad) {
                session.send(frames.error(bad.code(), bad.detail(), clientIdOf(text, bad)));
            }
        } catch (ChatNotOpenException e) {
            session.send(frames.error("chat-ended", e.getMessage(), clientIdOf(text, frame)));
        } catch (RatingRefusedException e) {
            session.send(frames.error(e.code(), e.getMessage(), null));
        } catch (MessageNotStoredException e) {
            session.send(frames.error("not-stored", e.getMessage(), clientIdOf(text, frame)));
        } catch (MessageOutcomeUnknownException e) {
            session.send(frames.error("outcome-unknown", e.getMessage(), clientIdOf(text, frame)));
        }
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        VisitorSession session = sessions.remove(connection.id());
        if (session != null) {
            session.stop();
        }
    }

    @OnError
    public void onError(WebSocketConnection connection, Throwable failure) {
        if (failure instanceof IllegalStateException && String.valueOf(failure.getMessage()).contains("max message size")) {
            connection.closeAndAwait(new CloseReason(MESSAGE_TOO_BIG, "frame too large"));
            return;
        }
        LOG.errorf(failure, "visitor socket %s failed", connection.id());
        VisitorSession session = sessions.get(connection.id());
        if (session != null) {
            session.send(frames.error("internal", "The frame could not be handled; it has been logged.", null));
        }
    }

    private static String clientIdOf(String text, ClientFrame frame) {
        if (frame instanceof ClientFrame.Message m) {
            return m.clientMessageId();
        }
        return frame instanceof ClientFrame.Bad bad ? bad.clientMessageId() : null;
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

    private static long after(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
