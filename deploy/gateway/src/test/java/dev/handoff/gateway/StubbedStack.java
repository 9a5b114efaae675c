package dev.handoff.gateway;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A gateway on a free port in front of stub upstreams (or of ports nothing listens on), plus an HTTP client. */
final class StubbedStack implements AutoCloseable {

    static final List<String> UPSTREAMS =
            List.of("handoff-service", "routing-service", "agent-service", "notification-service", "analytics-service");

    final Vertx vertx = Vertx.vertx();
    final Map<String, StubUpstream> stubs = new HashMap<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Gateway gateway;

    private StubbedStack() {}

    /** Every upstream answered by a {@link StubUpstream}. */
    static StubbedStack withStubs() throws Exception {
        return withStubs(UpstreamLimits.DEFAULTS);
    }

    /** Two replicas per upstream: the first on a port nothing listens on, the second a {@link StubUpstream}. */
    static StubbedStack withAStoppedFirstReplica() throws Exception {
        StubbedStack stack = new StubbedStack();
        int dead = deadPort();
        Map<String, List<Integer>> replicas = new HashMap<>();
        for (String name : UPSTREAMS) {
            stack.stubs.put(name, StubUpstream.start(stack.vertx, name));
            replicas.put(name, List.of(dead, stack.stubs.get(name).port()));
        }
        return stack.startGateway(new GatewayConfig("localhost", 0, "localhost", replicas));
    }

    /** Two replicas per upstream: the first hangs up on every request it receives, the second answers. */
    static StubbedStack withACrashingFirstReplica() throws Exception {
        StubbedStack stack = new StubbedStack();
        Map<String, List<Integer>> replicas = new HashMap<>();
        for (String name : UPSTREAMS) {
            StubUpstream crashing =
                    StubUpstream.start(stack.vertx, name + "-crashing").crashing();
            stack.stubs.put(name, StubUpstream.start(stack.vertx, name));
            replicas.put(name, List.of(crashing.port(), stack.stubs.get(name).port()));
        }
        return stack.startGateway(new GatewayConfig("localhost", 0, "localhost", replicas));
    }

    /** Every upstream on a port nothing listens on. */
    static StubbedStack withoutUpstreams() throws Exception {
        int dead = deadPort();
        Map<String, Integer> ports = new HashMap<>();
        for (String name : UPSTREAMS) {
            ports.put(name, dead);
        }
        return new StubbedStack().startGateway(ports);
    }

    /** A port bound once by the OS, then released: nothing listens there. */
    private static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Every upstream answered by a {@link StubUpstream}, behind a gateway with these limits. */
    static StubbedStack withStubs(UpstreamLimits limits) throws Exception {
        StubbedStack stack = new StubbedStack();
        Map<String, Integer> ports = new HashMap<>();
        for (String name : UPSTREAMS) {
            stack.stubs.put(name, StubUpstream.start(stack.vertx, name));
            ports.put(name, stack.stubs.get(name).port());
        }
        return stack.startGateway(GatewayConfig.of("localhost", 0, "localhost", ports), limits);
    }

    private StubbedStack startGateway(Map<String, Integer> ports) throws Exception {
        return startGateway(GatewayConfig.of("localhost", 0, "localhost", ports));
    }

    private StubbedStack startGateway(GatewayConfig config) throws Exception {
        return startGateway(config, UpstreamLimits.DEFAULTS);
    }

    private StubbedStack startGateway(GatewayConfig config, UpstreamLimits limits) throws Exception {
        gateway = new Gateway(vertx, config, RouteTable.load(), log::add, limits)
                .start()
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        return this;
    }

    URI url(String uri) {
        return URI.create("http://localhost:" + gateway.port() + uri);
    }

    HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        return send(request(uri).build());
    }

    /** A request builder with a timeout, so a broken proxy fails a test instead of hanging it. */
    HttpRequest.Builder request(String uri) {
        return HttpRequest.newBuilder(url(uri)).timeout(Duration.ofSeconds(10));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws ExecutionException, TimeoutException {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            // Keep the interrupt for the caller; an AutoCloseable should not throw InterruptedException.
            Thread.currentThread().interrupt();
        }
    }
}
