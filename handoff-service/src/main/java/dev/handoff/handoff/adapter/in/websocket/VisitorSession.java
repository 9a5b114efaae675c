package dev.handoff.handoff.adapter.in.websocket;

import dev.handoff.handoff.application.port.in.VisitorChat;
import dev.handoff.handoff.application.port.in.VisitorFeedListener;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedCommand;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedUseCase;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedUseCase.FeedSubscription;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.runtime.limit.TokenBucket;
import dev.handoff.runtime.socket.SerialWorker;
import io.quarkus.websockets.next.WebSocketConnection;
import org.jboss.logging.Logger;

/** One open visitor socket: its chat, its place in the feed, and its send allowance. */
final class VisitorSession implements VisitorFeedListener {
    private static final Logger LOG = Logger.getLogger(VisitorSession.class);
    static final int FRAMES_PER_SECOND = 5;
    static final int BURST = 10;
    /** Frames taken in but not handled yet; more than the burst, so a client within its limit is never refused. */
    static final int MAX_QUEUED_FRAMES = 4 * BURST;

    private final WebSocketConnection connection;
    // set by the worker's first task; read by later tasks of the same worker
    private volatile VisitorChat chat;
    private final VisitorFrames frames;
    private final WatchVisitorFeedUseCase feed;
    private final TokenBucket allowance = new TokenBucket(FRAMES_PER_SECOND, BURST);
    private final SerialWorker worker;
    private FeedSubscription subscription;

    VisitorSession(
            WebSocketConnection connection, VisitorFrames frames, WatchVisitorFeedUseCase feed, SerialWorker worker) {
        this.connection = connection;
        this.frames = frames;
        this.feed = feed;
        this.worker = worker;
    }

    String connectionId() {
        return connection.id();
    }

    /** Runs this socket's frames in order, off the event loop. */
    SerialWorker worker() {
        return worker;
    }

    /** The visitor's chat; null until the token has been checked, and for good when it was refused. */
    VisitorChat chat() {
        return chat;
    }

    /** The token named this chat: frames may use it now, and the feed starts just after {@code afterSequence}. */
    void opened(VisitorChat openedChat, long afterSequence) {
        this.chat = openedChat;
        followFrom(afterSequence);
    }

    TokenBucket allowance() {
        return allowance;
    }

    /** (Re)starts the feed just after {@code afterSequence}; a resume replaces the running watch. */
    synchronized void followFrom(long afterSequence) {
        stop();
        subscription = feed.watch(
                new WatchVisitorFeedCommand(chat.tenantId(), chat.conversationId(), afterSequence, false), this);
    }

    synchronized void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    @Override
    public void onEntry(VisitorFeedEntry entry) {
        send(frames.entry(entry));
    }

    @Override
    public void onAgentTyping(boolean typing) {
        send(frames.typing(typing));
    }

    void send(String frame) {
        if (connection.isOpen()) {
            connection
                    .sendText(frame)
                    .subscribe()
                    .with(
                            ok -> {},
                            failure -> LOG.debugf(
                                    "visitor frame not sent on %s: %s", connection.id(), failure.toString()));
        }
    }
}
