package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.handoff.application.port.in.AcceptEndProposalUseCase;
import dev.handoff.handoff.application.port.in.ClientSession;
import dev.handoff.handoff.application.port.in.EndVisitorChatUseCase;
import dev.handoff.handoff.application.port.in.LeaveMessageUseCase;
import dev.handoff.handoff.application.port.in.LocateClientSessionUseCase;
import dev.handoff.handoff.application.port.in.OpenVisitorChatUseCase;
import dev.handoff.handoff.application.port.in.PostVisitorMessageUseCase;
import dev.handoff.handoff.application.port.in.RateChatUseCase;
import dev.handoff.handoff.application.port.in.SignalVisitorTypingUseCase;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedUseCase;
import dev.handoff.handoff.config.HandoffExecutors;
import dev.handoff.handoff.config.SocketIoConfig;
import dev.handoff.runtime.limit.TokenBucket;
import dev.handoff.runtime.socket.RequestContextExecutors;
import dev.handoff.runtime.socket.SerialWorker;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.socket.engineio.server.EngineIoServer;
import io.socket.engineio.server.EngineIoServerOptions;
import io.socket.engineio.server.EngineIoSocket;
import io.socket.socketio.server.SocketIoServer;
import io.socket.socketio.server.SocketIoSocket;
import io.vertx.core.Context;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * The Engine.IO and Socket.IO servers behind {@code /socket.io/}, serving the namespaces {@code /live_agent} (where
 * the Botlhale snippet connects) and {@code /}. A plain {@code @Singleton}: the servers hold state that a client
 * proxy of a normal-scoped bean would break. Long-polling reaches it through {@link SocketIoPollingServlet},
 * WebSocket through {@link SocketIoWebSocketRoute}.
 */
@Singleton
public class SocketIoGateway {
    /** The namespaces served; any other is refused by the Socket.IO server itself. */
    static final List<String> NAMESPACES = List.of("/live_agent", "/");

    private static final Logger LOG = Logger.getLogger(SocketIoGateway.class);
    private final SocketIoConfig config;
    private final RequestContextExecutors requestContexts;
    private final VisitorPorts ports;
    private final Payloads payloads;
    private final Executor blocking;
    private final EngineIoServer engine;
    private final LocateClientSessionUseCase sessions;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final EngineSessions engineSessions = new EngineSessions();

    SocketIoGateway(
            SocketIoConfig config,
            OpenVisitorChatUseCase open,
            PostVisitorMessageUseCase post,
            SignalVisitorTypingUseCase typing,
            EndVisitorChatUseCase end,
            WatchVisitorFeedUseCase watch,
            LocateClientSessionUseCase sessions,
            RateChatUseCase rate,
            AcceptEndProposalUseCase confirmEnd,
            LeaveMessageUseCase leave,
            @Identifier(HandoffExecutors.SOCKET_IO_WORKERS) Executor workers,
            RequestContextExecutors requestContexts) {
        this.config = config;
        this.requestContexts = requestContexts;
        this.sessions = sessions;
        this.ports = new VisitorPorts(open, post, typing, end, watch, rate, confirmEnd, leave);
        this.payloads = new Payloads(config.maxMessageLength(), config.maxHistoryEntries());
        // A pool of its own that carries no context in, not Vert.x executeBlocking: that would run a task on the
        // caller's Vert.x context, and for long-polling that is the HTTP request's, whose request context (and
        // Hibernate session) ends with it. Sockets run in parallel; each socket's own order is kept by its
        // SerialWorker.
        this.blocking = requestContexts.on(workers);
        this.engine = new EngineIoServer(engineOptions(config));
        // Sessions a previous process at this address held are gone.
        blocking.execute(() -> sessions.forgetOwner(config.replicaAddress()));
        engineSessions.follow(engine);
        engine.on("connection", args -> opened((EngineIoSocket) args[0]));
        SocketIoServer server = new SocketIoServer(engine);
        for (String namespace : NAMESPACES) {
            server.namespace(namespace).on("connection", args -> open((SocketIoSocket) args[0]));
        }
    }

    /** The Engine.IO server the transports hand their requests and WebSockets to. */
    EngineIoServer engine() {
        return engine;
    }

    /** Whether this replica holds the Engine.IO session. */
    boolean holds(String sessionId) {
        return held.contains(sessionId);
    }

    /** The engine's open sessions, as the transports check them. */
    EngineSessions sessions() {
        return engineSessions;
    }

    /**
     * A stopping replica closes its sessions and takes them out of the shared directory while the database is still
     * there: by {@code @PreDestroy} the persistence unit is closed already.
     */
    void stop(@Observes(notifyObserver = Reception.IF_EXISTS) ShutdownEvent event) {
        engine.shutdown();
        requestContexts.run(() -> sessions.forgetOwner(config.replicaAddress()));
    }

    /**
     * A long-polling session makes many requests, which a load balancer may send to any replica: it goes into the
     * shared directory before its handshake is answered (the polling servlet holds the answer; the handshake runs
     * on its worker thread). A WebSocket session is one connection and never needs finding.
     */
    private void opened(EngineIoSocket socket) {
        String id = socket.getId();
        held.add(id);
        boolean polling = !Context.isOnEventLoopThread();
        if (polling) {
            requestContexts.run(() -> sessions.opened(new ClientSession(id, config.replicaAddress())));
        }
        socket.on("close", args -> {
            held.remove(id);
            if (polling) {
                blocking.execute(() -> sessions.closed(id));
            }
        });
    }

    private void open(SocketIoSocket socket) {
        LOG.debugf(
                "Socket.IO client %s connected to %s",
                socket.getId(), socket.getNamespace().getName());
        TokenBucket rateLimit = new TokenBucket(
                config.rateLimit().perSecond(), config.rateLimit().burst());
        SerialWorker worker = new SerialWorker(blocking, config.maxQueuedEvents());
        new VisitorSocket(socket, ports, payloads, rateLimit, worker).start();
    }

    private static EngineIoServerOptions engineOptions(SocketIoConfig config) {
        EngineIoServerOptions options = EngineIoServerOptions.newFromDefault();
        options.setPingInterval(config.pingInterval().toMillis());
        options.setPingTimeout(config.pingTimeout().toMillis());
        options.setAllowedCorsOrigins(config.corsOrigins()
                .map(origins -> origins.toArray(String[]::new))
                .orElse(EngineIoServerOptions.ALLOWED_CORS_ORIGIN_ALL));
        return options;
    }
}
