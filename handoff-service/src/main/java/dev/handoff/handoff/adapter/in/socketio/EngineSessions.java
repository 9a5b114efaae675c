package dev.handoff.handoff.adapter.in.socketio;

import io.socket.engineio.server.EngineIoServer;
import io.socket.engineio.server.EngineIoSocket;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Engine.IO sessions of this replica as the transports see them, so that a request for an unknown session, for
 * a session already upgraded to WebSocket, or a second long-poll while one waits, is refused with a problem before
 * the engine sees it (the engine answers those with its own JSON, or with 500 to the waiting poll).
 */
final class EngineSessions {
    /** One session: whether it moved to WebSocket, and whether a long-poll of it is waiting. */
    static final class Session {
        private final AtomicBoolean polling = new AtomicBoolean();
        private volatile boolean upgraded;

        boolean upgraded() {
            return upgraded;
        }

        /** Claims the session's one waiting long-poll; false when another one is waiting. */
        boolean startPoll() {
            return polling.compareAndSet(false, true);
        }

        void endPoll() {
            polling.set(false);
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** Follows every session the engine opens from now on, until it closes. */
    void follow(EngineIoServer engine) {
        engine.on("connection", args -> {
            EngineIoSocket socket = (EngineIoSocket) args[0];
            Session session = new Session();
            sessions.put(socket.getId(), session);
            socket.on("upgrade", ignored -> session.upgraded = true);
            socket.on("close", ignored -> sessions.remove(socket.getId()));
        });
    }

    Optional<Session> find(String sid) {
        return sid == null ? Optional.empty() : Optional.ofNullable(sessions.get(sid));
    }
}
