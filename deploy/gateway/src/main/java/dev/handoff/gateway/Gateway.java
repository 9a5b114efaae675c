package dev.handoff.gateway;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
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
  // Socket.IO long-polls and console WebSockets each hold a connection: the default pool of 5 would queue them.
  private static final int MAX_CONNECTIONS_PER_UPSTREAM = 1_000;
  /** What a client is told to wait before retrying while an upstream is down: a crashed service is back within seconds. */
  static final int RETRY_AFTER_SECONDS = 2;

  private final Vertx vertx;
  private final GatewayConfig config;
  private final RouteTable routes;
  private final Consumer<String> log;
  private HttpClient client;
  private HttpServer server;
  private final AtomicInteger nextReplica = new AtomicInteger();

  public Gateway(Vertx vertx, GatewayConfig config, RouteTable routes, Consumer<String> log) {
    this.vertx = vertx;
    this.config = config;
    this.routes = routes;
    this.log = log;
    routes.upstreams().forEach(config::upstreamPort); // fail at start, not on the first request
  }

  /** Starts listening; fails with the bind error when the port is taken. */
  public Future<Gateway> start() {
    client = vertx.createHttpClient(
        new HttpClientOptions().setConnectTimeout(CONNECT_TIMEOUT_MS).setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS_PER_UPSTREAM));
    server = vertx.createHttpServer(new HttpServerOptions()
        .setHost(config.host()).setPort(config.port())
        .setMaxHeaderSize(32 * 1024) // bearer tokens with many roles make headers large
        .setHttp2ClearTextEnabled(false)); // browsers never use h2c; one protocol to reason about
    return server.requestHandler(this::handle).listen().map(this);
  }

  /** The port actually bound (useful when configured with 0). */
  public int port() {
    return server.actualPort();
  }

  /** Stops listening and closes upstream connections. */
  public Future<Void> close() {
    Future<Void> serverClosed = server == null ? Future.succeededFuture() : server.close();
    return serverClosed.eventually(() -> client == null ? Future.succeededFuture() : client.close());
  }

  private void handle(HttpServerRequest request) {
    String path = request.path();
    if (!RouteTable.isPlain(path)) {
      Problems.send(request.response(), 400, "Paths with '.' or '..' segments are not accepted.", path);
      return;
    }
    RouteTable.Route route = routes.resolve(path).orElse(null);
    if (route == null) {
      Problems.send(request.response(), 404, "No route for " + path + ".", path);
    } else if (route.isRedirect()) {
      request.response().setStatusCode(302).putHeader("location", route.redirect()).end();
    } else {
      forward(request, route.upstream());
    }
  }

  private void forward(HttpServerRequest request, String upstream) {
    addForwardedHeaders(request);
    // Hold the body until the origin is connected; the proxy resumes it when it pipes the request.
    request.pause();
    List<Integer> replicas = config.upstreamPorts(upstream);
    connect(request, upstream, replicas, Math.floorMod(nextReplica.getAndIncrement(), replicas.size()), true);
  }

  /** Round robin over the replicas; a replica that refuses the connection costs one try on the next one. */
  private void connect(HttpServerRequest request, String upstream, List<Integer> replicas, int index, boolean firstTry) {
    int port = replicas.get(index);
    RequestOptions origin = new RequestOptions()
        .setHost(config.upstreamHost()).setPort(port)
        .setMethod(request.method()).setURI(request.uri());
    client.request(origin).onComplete(connected -> {
      if (connected.failed()) {
        log.accept("unreachable " + request.method() + " " + request.path() + " -> " + upstream
            + " (" + config.upstreamHost() + ":" + port + "): " + connected.cause().getMessage());
        if (firstTry && replicas.size() > 1) {
          // Nothing reached this replica, not even the headers: any request, whatever its method, may go to another.
          connect(request, upstream, replicas, (index + 1) % replicas.size(), false);
          return;
        }
        request.resume();
        Problems.sendRetryable(request.response(), 503,
            upstream + " is not reachable (" + describe(replicas) + "); it may be restarting. Try again shortly.",
            request.path(), RETRY_AFTER_SECONDS);
        return;
      }
      HostAndPort authority = request.authority();
      if (authority != null) {
        // Keep the browser's Host, as the Kubernetes gateway does, so redirects built upstream stay on this origin.
        connected.result().authority(authority);
      }
      // Connecting first is what lets an unreachable origin get a problem body on the WebSocket path too:
      // the proxy's own failure answer there is an empty 502.
      HttpProxy.reverseProxy(client)
          .origin(context -> Future.succeededFuture(connected.result()))
          .addInterceptor(new OriginFailureInterceptor(upstream, log))
          .handle(request);
    });
  }

  private String describe(List<Integer> replicas) {
    return replicas.size() == 1 ? "port " + replicas.get(0) : "ports " + replicas;
  }

  // The proxy copies the incoming headers for both plain requests and WebSocket upgrades, so they are set there.
  private static void addForwardedHeaders(HttpServerRequest request) {
    MultiMap headers = request.headers();
    String client = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
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
