package dev.handoff.gateway;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.HttpProxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The local one-origin reverse proxy: forwards by path to the service ports, WebSocket upgrades included. */
public final class Gateway {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    /**
     * WebSockets per upstream: a proxied WebSocket keeps its pooled connection, so its pool is sized by TCP itself
     * (one source address reaches one upstream port over at most this many ephemeral ports), not by a guess.
     */
    private static final int TUNNELS_PER_UPSTREAM = 65_535;
    /** What a client is told to wait before retrying while an upstream is down: a crashed service is back within seconds. */
    static final int RETRY_AFTER_SECONDS = 2;

    /** The services' body limit (quarkus.http.limits.max-body-size): larger bodies are refused here, unsent. */
    static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

    private final Vertx vertx;
    private final GatewayConfig config;
    private final RouteTable routes;
    private final Consumer<String> log;
    private final RequestShape shape = new RequestShape(MAX_BODY_BYTES);
    private final UpstreamLimits limits;
    private HttpClient client;
    private HttpClient tunnels;
    private HttpServer server;
    private final AtomicInteger nextReplica = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();

    public Gateway(Vertx vertx, GatewayConfig config, RouteTable routes, Consumer<String> log) {
        this(vertx, config, routes, log, UpstreamLimits.DEFAULTS);
    }

    Gateway(Vertx vertx, GatewayConfig config, RouteTable routes, Consumer<String> log, UpstreamLimits limits) {
        this.vertx = vertx;
        this.limits = limits;
        this.config = config;
        this.routes = routes;
        this.log = log;
        routes.upstreams().forEach(config::upstreamPort); // fail at start, not on the first request
    }

    /** Starts listening; fails with the bind error when the port is taken. */
    public Future<Gateway> start() {
        // Socket.IO long-polls hold a connection each: the default pool of 5 would queue everything behind them.
        client = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout(CONNECT_TIMEOUT_MS).setKeepAlive(true),
                new PoolOptions()
                        .setHttp1MaxSize(limits.requestConnections())
                        .setMaxWaitQueueSize(limits.waitingRequests()));
        tunnels = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout(CONNECT_TIMEOUT_MS),
                new PoolOptions().setHttp1MaxSize(TUNNELS_PER_UPSTREAM));
        server = vertx.createHttpServer(new HttpServerOptions()
                .setHost(config.host())
                .setPort(config.port())
                .setMaxHeaderSize(32 * 1024) // bearer tokens with many roles make headers large
                .setMaxInitialLineLength(RequestShape.MAX_REQUEST_LINE)
                .setHttp2ClearTextEnabled(false)); // browsers never use h2c; one protocol to reason about
        // What the HTTP codec cannot read gets a problem too, not Vert.x's empty answer.
        server.invalidRequestHandler(request -> {
            RequestShape.Refusal refusal =
                    RequestShape.invalid(request.decoderResult().cause());
            request.response().putHeader("connection", "close");
            Problems.send(request.response(), refusal.status(), refusal.kind(), refusal.detail(), null);
        });
        return server.requestHandler(this::handle).listen().map(this);
    }

    /** Requests waiting for a connection to their upstream right now. */
    public int waitingForUpstreams() {
        return waiting.get();
    }

    /** The port actually bound (useful when configured with 0). */
    public int port() {
        return server.actualPort();
    }

    /** Stops listening and closes upstream connections. */
    public Future<Void> close() {
        Future<Void> serverClosed = server == null ? Future.succeededFuture() : server.close();
        return serverClosed
                .eventually(() -> client == null ? Future.succeededFuture() : client.close())
                .eventually(() -> tunnels == null ? Future.succeededFuture() : tunnels.close());
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        RequestShape.Refusal refusal = shape.refusal(request).orElse(null);
        if (refusal != null) {
            if (request.headers().contains("content-length")
                    || request.headers().contains("transfer-encoding")) {
                // the body is not read: the connection cannot carry another request after it
                request.response().putHeader("connection", "close");
            }
            Problems.send(request.response(), refusal.status(), refusal.kind(), refusal.detail(), path);
            return;
        }
        if (!RouteTable.isPlain(path)) {
            Problems.send(request.response(), 400, "Paths with '.' or '..' segments are not accepted.", path);
            return;
        }
        RouteTable.Route route = routes.resolve(path).orElse(null);
        if (route == null) {
            Problems.send(request.response(), 404, "No route for " + path + ".", path);
        } else if (route.isRedirect()) {
            request.response()
                    .setStatusCode(302)
                    .putHeader("location", route.redirect())
                    .end();
        } else if (RequestShape.NEVER_FORWARDED.contains(request.method())) {
            refuseWithTheTargetsAllow(request, route.upstream());
        } else {
            forward(request, route.upstream());
        }
    }

    /** A 405 whose Allow is the target's own, asked of its service with OPTIONS (a 404 there stays a 404). */
    private void refuseWithTheTargetsAllow(HttpServerRequest request, String upstream) {
        request.pause();
        RequestOptions options = new RequestOptions()
                .setHost(config.upstreamHost())
                .setPort(config.upstreamPort(upstream))
                .setMethod(HttpMethod.OPTIONS)
                .setURI(request.uri());
        client.request(options).compose(probe -> probe.send()).onComplete(answer -> {
            request.resume();
            String path = request.path();
            if (answer.failed()) {
                Problems.send(
                        request.response(),
                        502,
                        upstream + " could not be asked which methods " + path + " takes.",
                        path);
            } else if (answer.result().statusCode() == 404) {
                Problems.send(request.response(), 404, "not-found", "Nothing is served at this path.", path);
            } else {
                String allow = String.join(
                        ", ",
                        answer.result().headers().getAll("allow").stream()
                                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                                .map(String::strip)
                                .filter(method -> !method.isEmpty())
                                .sorted()
                                .distinct()
                                .toList());
                request.response().putHeader("allow", allow);
                Problems.send(
                        request.response(),
                        405,
                        "method-not-allowed",
                        "This path does not take " + request.method() + "; it takes " + allow + ".",
                        path);
            }
        });
    }

    private void forward(HttpServerRequest request, String upstream) {
        addForwardedHeaders(request);
        // Hold the body until the origin is connected; the proxy resumes it when it pipes the request.
        request.pause();
        List<Integer> replicas = config.upstreamPorts(upstream);
        connect(request, upstream, replicas, Math.floorMod(nextReplica.getAndIncrement(), replicas.size()), true);
    }

    /** Round robin over the replicas; a replica that refuses the connection costs one try on the next one. */
    private void connect(
            HttpServerRequest request, String upstream, List<Integer> replicas, int index, boolean firstTry) {
        int port = replicas.get(index);
        RequestOptions origin = new RequestOptions()
                .setHost(config.upstreamHost())
                .setPort(port)
                .setMethod(request.method())
                .setURI(request.uri());
        HttpClient pool = isWebSocketUpgrade(request) ? tunnels : client;
        waiting.incrementAndGet();
        pool.request(origin).onComplete(connected -> {
            waiting.decrementAndGet();
            if (connected.succeeded() && request.response().closed()) {
                // Waited for a pooled connection while its client gave up: executing it now would act for nobody.
                connected.result().exceptionHandler(ignored -> {}).reset();
                log.accept("client left before " + upstream + " took " + request.method() + " " + request.path()
                        + ": not sent");
                return;
            }
            if (connected.failed()) {
                refuseUnconnected(request, upstream, replicas, index, firstTry, connected.cause());
                return;
            }
            HostAndPort authority = request.authority();
            if (authority != null) {
                // Keep the browser's Host, as the Kubernetes gateway does, so redirects built upstream stay on this
                // origin.
                connected.result().authority(authority);
            }
            // Connecting first is what lets an unreachable origin get a problem body on the WebSocket path too:
            // the proxy's own failure answer there is an empty 502.
            HttpProxy.reverseProxy(pool)
                    .origin(context -> Future.succeededFuture(connected.result()))
                    .addInterceptor(new OriginFailureInterceptor(
                            upstream,
                            log,
                            replicas.size() < 2
                                    ? null
                                    : () -> pool.request(new RequestOptions(origin)
                                            .setPort(replicas.get((index + 1) % replicas.size())))))
                    .handle(request);
        });
    }

    private void refuseUnconnected(
            HttpServerRequest request,
            String upstream,
            List<Integer> replicas,
            int index,
            boolean firstTry,
            Throwable cause) {
        boolean busy = cause instanceof ConnectionPoolTooBusyException;
        log.accept((busy ? "busy " : "unreachable ") + request.method() + " " + request.path() + " -> " + upstream
                + " (" + config.upstreamHost() + ":" + replicas.get(index) + "): " + cause.getMessage());
        if (firstTry && replicas.size() > 1) {
            // Nothing reached this replica, not even the headers: any request, whatever its method, may go to another.
            connect(request, upstream, replicas, (index + 1) % replicas.size(), false);
            return;
        }
        request.resume();
        if (busy) {
            Problems.sendRetryable(
                    request.response(),
                    503,
                    "upstream-busy",
                    upstream + " has every connection busy and too many requests waiting. Try again in a second.",
                    request.path(),
                    1);
        } else {
            Problems.sendRetryable(
                    request.response(),
                    503,
                    "service-unavailable",
                    upstream + " is not reachable (" + describe(replicas)
                            + "); it may be restarting. Try again shortly.",
                    request.path(),
                    RETRY_AFTER_SECONDS);
        }
    }

    private static boolean isWebSocketUpgrade(HttpServerRequest request) {
        String connection = request.getHeader("connection");
        return "websocket".equalsIgnoreCase(request.getHeader("upgrade"))
                && connection != null
                && connection.toLowerCase(java.util.Locale.ROOT).contains("upgrade");
    }

    private String describe(List<Integer> replicas) {
        return replicas.size() == 1 ? "port " + replicas.get(0) : "ports " + replicas;
    }

    // The proxy copies the incoming headers for both plain requests and WebSocket upgrades, so they are set there.
    private static void addForwardedHeaders(HttpServerRequest request) {
        MultiMap headers = request.headers();
        String client =
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (client != null) {
            String earlier = headers.get("x-forwarded-for");
            headers.set("x-forwarded-for", earlier == null ? client : earlier + ", " + client);
        }
        // This gateway is the edge: what a client claims about the original scheme and host is replaced.
        headers.set("x-forwarded-proto", request.scheme() == null ? "http" : request.scheme());
        if (request.authority() != null) {
            headers.set("x-forwarded-host", request.authority().toString());
        }
    }
}
