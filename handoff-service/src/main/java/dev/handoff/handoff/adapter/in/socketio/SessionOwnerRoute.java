package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.handoff.application.port.in.LocateClientSessionUseCase;
import dev.handoff.handoff.config.SocketIoConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Hands a Socket.IO request whose session another replica holds to that replica: long-polling requests and the
 * upgrade to WebSocket each name the session ({@code sid}), and Engine.IO keeps sessions in the memory of the
 * replica that opened them. So a load balancer needs no affinity (docs/decisions 0021). The owner comes from the
 * shared directory, which only replicas write; a forwarded request is never forwarded again.
 */
@Singleton
public class SessionOwnerRoute {
    static final String FORWARDED = "x-handoff-socket-io-forwarded";
    private static final Logger LOG = Logger.getLogger(SessionOwnerRoute.class);
    // before SocketIoWebSocketRoute (-1000) and the servlet container
    private static final int ORDER = -2000;

    private final SocketIoGateway gateway;
    private final LocateClientSessionUseCase sessions;
    private final SocketIoConfig config;
    private final Vertx vertx;
    private HttpClient client;

    SessionOwnerRoute(
            SocketIoGateway gateway, LocateClientSessionUseCase sessions, SocketIoConfig config, Vertx vertx) {
        this.gateway = gateway;
        this.sessions = sessions;
        this.config = config;
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        // Long polls wait up to the ping interval each: no small pool limit between replicas.
        client = vertx.createHttpClient(
                new HttpClientOptions().setMaxPoolSize(1000).setKeepAlive(true));
        router.route("/socket.io/*").order(ORDER).handler(this::route);
    }

    private void route(RoutingContext context) {
        HttpServerRequest request = context.request();
        String sid = request.getParam("sid");
        if (!config.enabled() || sid == null || gateway.holds(sid) || request.getHeader(FORWARDED) != null) {
            context.next();
            return;
        }
        request.pause();
        vertx.<Optional<String>>executeBlocking(() -> sessions.ownerOf(sid), false)
                .onComplete(found -> {
                    String owner = found.succeeded() ? found.result().orElse(null) : null;
                    if (found.failed()) {
                        LOG.warnf(
                                "Socket.IO session directory not readable: %s",
                                found.cause().toString());
                    }
                    if (owner == null || owner.equals(config.replicaAddress())) {
                        // Unknown here and everywhere: the engine answers as it does for any unknown session. The
                        // request
                        // stays paused: the servlet container resumes it when it reads the body.
                        context.next();
                        return;
                    }
                    forward(request, owner);
                });
    }

    private void forward(HttpServerRequest request, String owner) {
        int colon = owner.lastIndexOf(':');
        RequestOptions origin = new RequestOptions()
                .setHost(owner.substring(0, colon))
                .setPort(Integer.parseInt(owner.substring(colon + 1)))
                .setMethod(request.method())
                .setURI(request.uri());
        request.headers().set(FORWARDED, config.replicaAddress());
        client.request(origin).onComplete(connected -> {
            if (connected.failed()) {
                // The owner is gone, and its sessions with it: the client opens a new one.
                LOG.debugf("Socket.IO session %s: its replica %s is unreachable", request.getParam("sid"), owner);
                request.resume();
                request.response()
                        .setStatusCode(400)
                        .putHeader("content-type", "application/json")
                        .end("{\"code\":1,\"message\":\"Session ID unknown\"}");
                return;
            }
            HttpProxy.reverseProxy(client)
                    .origin(context -> Future.succeededFuture(connected.result()))
                    .handle(request);
        });
    }
}
