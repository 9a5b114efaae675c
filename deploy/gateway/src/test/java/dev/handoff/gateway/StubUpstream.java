package dev.handoff.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in service: echoes every request as JSON naming itself, echoes WebSocket frames, holds Socket.IO
 * long-polls until the next POST, closes the connection on {@code /crash} and answers 502 on {@code /own-502}.
 */
final class StubUpstream {

    private final String name;
    private final HttpServer server;
    private volatile boolean crashing;
    private final Queue<HttpServerResponse> pendingPolls = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

    private StubUpstream(String name, HttpServer server) {
        this.name = name;
        this.server = server;
    }

    static StubUpstream start(Vertx vertx, String name) throws Exception {
        StubUpstream[] self = new StubUpstream[1];
        HttpServer server = vertx.createHttpServer()
                .requestHandler(request -> self[0].handle(request))
                .webSocketHandler(
                        ws -> ws.textMessageHandler(text -> ws.writeTextMessage(name + " " + ws.path() + " " + text)));
        self[0] = new StubUpstream(name, server);
        server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return self[0];
    }

    /** From now on closes every connection without answering, as a service dying mid-request does. */
    StubUpstream crashing() {
        crashing = true;
        return this;
    }

    int port() {
        return server.actualPort();
    }

    int pendingPolls() {
        return pendingPolls.size();
    }

    /** How many requests for {@code path} reached this upstream (WebSocket upgrades not counted). */
    int received(String path) {
        AtomicInteger count = received.get(path);
        return count == null ? 0 : count.get();
    }

    /** Answers every held long-poll with an empty body, freeing the connections they held. */
    void answerPolls() {
        for (HttpServerResponse poll = pendingPolls.poll(); poll != null; poll = pendingPolls.poll()) {
            poll.end();
        }
    }

    void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private void handle(HttpServerRequest request) {
        received.computeIfAbsent(request.path(), path -> new AtomicInteger()).incrementAndGet();
        if (crashing || request.path().endsWith("/crash")) {
            request.connection().close();
            return;
        }
        if (request.path().endsWith("/own-502")) {
            request.response().setStatusCode(502).end("the upstream's own 502");
            return;
        }
        if ("OPTIONS".equals(request.method().name())) {
            // what a service's request guard answers: the methods the path takes
            request.response()
                    .setStatusCode(204)
                    .putHeader("allow", "GET, HEAD, OPTIONS, PUT")
                    .end();
            return;
        }
        boolean polling = "polling".equals(request.getParam("transport"));
        if (polling && "GET".equals(request.method().name())) {
            pendingPolls.add(request.response()); // answered by the next POST, like an Engine.IO long-poll
            return;
        }
        request.body().onSuccess(body -> {
            if (polling) {
                HttpServerResponse poll = pendingPolls.poll();
                if (poll != null) {
                    poll.end(body);
                }
                request.response().end("ok");
                return;
            }
            JsonObject echo = new JsonObject()
                    .put("upstream", name)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("host", request.getHeader("host"))
                    .put("xForwardedFor", request.getHeader("x-forwarded-for"))
                    .put("xForwardedProto", request.getHeader("x-forwarded-proto"))
                    .put("xForwardedHost", request.getHeader("x-forwarded-host"))
                    .put("body", body.toString());
            request.response().putHeader("content-type", "application/json").end(echo.toBuffer());
        });
    }
}
