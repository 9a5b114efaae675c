package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.handoff.config.SocketIoConfig;
import dev.handoff.runtime.http.ProblemResponses;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Engine.IO over WebSocket on {@code /socket.io/}: a Vert.x route ahead of the servlet container takes the requests
 * that ask for {@code Upgrade: websocket} and lets everything else through to {@link SocketIoPollingServlet}. A query
 * the engine would not serve ({@link EngineIoQuery}) or an unknown session is answered with a problem instead of an
 * upgrade.
 */
@Singleton
public class SocketIoWebSocketRoute {
    private static final Logger LOG = Logger.getLogger(SocketIoWebSocketRoute.class);
    // before the servlet container's catch-all route and every other application route
    private static final int ORDER = -1000;

    void register(@Observes Router router, SocketIoGateway gateway, SocketIoConfig config) {
        router.route("/socket.io/*").order(ORDER).handler(context -> {
            HttpServerRequest request = context.request();
            if (!config.enabled()
                    || request.method() != HttpMethod.GET
                    || !"websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE))) {
                context.next();
                return;
            }
            EngineIoQuery.Result parsed = EngineIoQuery.parse(request.query(), EngineIoQuery.WEBSOCKET);
            if (parsed.refusal().isPresent()) {
                // refused before the upgrade, so the client gets a readable answer instead of a closed socket
                ProblemResponses.send(request, parsed.refusal().get());
                return;
            }
            String sid = parsed.query().orElseThrow().sid();
            if (sid != null && gateway.sessions().find(sid).isEmpty()) {
                ProblemResponses.send(
                        request,
                        EngineIoQuery.problem(
                                "unknown-session",
                                "Unknown session",
                                "No Engine.IO session with this sid is open here; connect again without a sid."));
                return;
            }
            Map<String, String> query = single(request.params());
            Map<String, List<String>> headers = all(request.headers());
            request.toWebSocket()
                    .onSuccess(webSocket -> gateway.engine()
                            .handleWebSocket(
                                    new VertxEngineIoWebSocket(webSocket, query, headers, config.maxFrameBytes())))
                    .onFailure(e -> LOG.debugf("Socket.IO WebSocket upgrade failed: %s", e.toString()));
        });
    }

    private static Map<String, String> single(MultiMap params) {
        Map<String, String> map = new HashMap<>();
        for (String name : params.names()) {
            map.put(name, params.get(name));
        }
        return map;
    }

    private static Map<String, List<String>> all(MultiMap headers) {
        Map<String, List<String>> map = new HashMap<>();
        for (String name : headers.names()) {
            map.put(name, headers.getAll(name));
        }
        return map;
    }
}
