package dev.handoff.agent.adapter.in.websocket;

import dev.handoff.agent.application.port.in.NoticePage;
import dev.handoff.agent.application.port.in.OpenedSession;
import dev.handoff.agent.application.port.in.ReadNoticesUseCase;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.SequencedNotice;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import io.quarkus.websockets.next.WebSocketConnection;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * One open console socket on this replica and what it has been sent. Frames always come from the
 * stored notices ("everything after my cursor"), whether live or replayed, so a lost wake-up only
 * delays a frame and a duplicate wake-up sends nothing twice. One lock per socket keeps its frames in order.
 */
final class LiveSession {
    private static final Logger LOG = Logger.getLogger(LiveSession.class);

    private final WebSocketConnection connection;
    private final OpenedSession opened;
    private final ReadNoticesUseCase notices;
    private final Frames frames;
    private final InboundLimits limits = new InboundLimits();
    private final AtomicBoolean catchUpQueued = new AtomicBoolean();
    private final AtomicBoolean supervisionQueued = new AtomicBoolean();
    // This socket has sent (or the client declared it has) every kept seq in (sentFrom, cursor].
    private long sentFrom;
    private long cursor;
    private boolean started;

    LiveSession(WebSocketConnection connection, OpenedSession opened, ReadNoticesUseCase notices, Frames frames) {
        this.connection = connection;
        this.opened = opened;
        this.notices = notices;
        this.frames = frames;
        this.sentFrom = opened.lastSeq();
        this.cursor = opened.lastSeq();
    }

    /** Greets the console, then replays from {@code afterSeq} if given, then anything newer. */
    synchronized void start(Long afterSeq) {
        send(frames.welcome(opened));
        started = true;
        if (afterSeq != null) {
            resume(afterSeq);
        } else {
            catchUp();
        }
    }

    /** Sends every notice newer than the cursor. */
    synchronized void catchUp() {
        if (!started || connection.isClosed()) {
            return;
        }
        for (SequencedNotice notice : notices.after(agentId(), cursor).notices()) {
            send(frames.notice(notice));
            cursor = notice.seq();
        }
    }

    /**
     * Sends every kept notice after {@code afterSeq} that this socket has not sent yet, in seq order, and
     * an error frame first when some of them are no longer kept.
     */
    synchronized void resume(long afterSeq) {
        NoticePage page = notices.after(agentId(), afterSeq);
        long from = Math.min(afterSeq, page.lastSeq()); // a seq beyond the newest counts as the newest
        if (!page.complete()) {
            send(frames.error(
                    "frames-expired",
                    "Some frames after " + from
                            + " are no longer kept; reload the pending list. The kept ones follow."));
        }
        long newest = Math.max(cursor, from);
        for (SequencedNotice notice : page.notices()) {
            if (notice.seq() <= sentFrom || notice.seq() > cursor) {
                send(frames.notice(notice));
            }
            newest = Math.max(newest, notice.seq());
        }
        sentFrom = Math.min(sentFrom, from);
        cursor = newest;
    }

    /** Asks for a catch-up on {@code executor}; requests made while one is queued are merged into it. */
    void requestCatchUp(Executor executor) {
        if (catchUpQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                catchUpQueued.set(false);
                try {
                    catchUp();
                } catch (RuntimeException e) {
                    // The stored notices stay; the next wake-up or sweep sends them.
                    LOG.warnf("agent socket %s: catch-up failed: %s", connection.id(), e.toString());
                }
            });
        }
    }

    /**
     * Sends {@code frame} (an unnumbered hint, such as "the overview changed") on {@code executor} once the socket has
     * been greeted; hints asked for while one is queued are merged into it, so a burst of changes costs one frame.
     */
    void requestHint(Executor executor, String frame) {
        if (supervisionQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                supervisionQueued.set(false);
                synchronized (this) {
                    if (started) {
                        send(frame);
                    }
                }
            });
        }
    }

    boolean isSupervisor() {
        return opened.profile().roles().contains(AgentProfile.SUPERVISOR);
    }

    /** Whether this socket's agent supervises {@code tenant}: supervisors' consoles get its overview's hints. */
    boolean supervises(TenantId tenant) {
        AgentProfile profile = opened.profile();
        return isSupervisor() && profile.tenantId().equals(tenant);
    }

    synchronized void send(String frame) {
        if (connection.isClosed()) {
            return;
        }
        try {
            connection.sendTextAndAwait(frame);
        } catch (RuntimeException e) {
            if (!connection.isClosed()) {
                throw e;
            }
            // Closed meanwhile: nothing is lost, a resume from the client's last seq gets it again.
        }
    }

    synchronized boolean admit(Instant now) {
        return limits.admit(now);
    }

    synchronized boolean tooManyBadFrames(Instant now) {
        return limits.tooManyBadFrames(now);
    }

    synchronized long cursor() {
        return cursor;
    }

    /** Who this socket signed in as: its ticket's verified token. */
    AgentProfile profile() {
        return opened.profile();
    }

    AgentId agentId() {
        return opened.profile().agentId();
    }

    WebSocketConnection connection() {
        return connection;
    }
}
