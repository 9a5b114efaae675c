package dev.handoff.e2e;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.httpproxy.HttpProxy;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load balancer without affinity: every request and every WebSocket upgrade goes to the next backend in turn,
 * as a Kubernetes Service or a Gateway without session persistence may do.
 */
final class RoundRobinBalancer implements AutoCloseable {
    private final Vertx vertx = Vertx.vertx();
    private final List<URI> backends;
    private final Map<URI, AtomicInteger> requests = new LinkedHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private HttpServer server;

    private RoundRobinBalancer(List<URI> backends) {
        this.backends = backends;
        backends.forEach(b -> requests.put(b, new AtomicInteger()));
    }

    static RoundRobinBalancer start(List<String> backendUrls) throws Exception {
        RoundRobinBalancer balancer =
                new RoundRobinBalancer(backendUrls.stream().map(URI::create).toList());
        HttpClient client = balancer.vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(100));
        balancer.server = balancer.vertx
                .createHttpServer()
                .requestHandler(request -> {
                    URI backend = balancer.backends.get(
                            Math.floorMod(balancer.next.getAndIncrement(), balancer.backends.size()));
                    balancer.requests.get(backend).incrementAndGet();
                    HttpProxy.reverseProxy(client)
                            .origin(backend.getPort(), backend.getHost())
                            .handle(request);
                })
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        return balancer;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.actualPort() + "/");
    }

    /** @return how many requests (upgrades included) each backend got */
    Map<URI, Integer> requestsPerBackend() {
        Map<URI, Integer> counts = new LinkedHashMap<>();
        requests.forEach((backend, count) -> counts.put(backend, count.get()));
        return counts;
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
