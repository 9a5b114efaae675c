package dev.handoff.handoff.adapter.in.rest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A bot's webhook endpoint in tests: records what it receives; can fail the first calls. */
final class WebhookReceiver implements AutoCloseable {
    /** One call as the bot saw it. */
    record Call(String body, String signature, String timestamp) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;
    private final HttpServer server;

    WebhookReceiver(int failFirst) {
        this.failuresLeft = new AtomicInteger(failFirst);
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = failuresLeft.getAndDecrement() > 0;
            if (!fail) {
                calls.add(new Call(
                        body,
                        exchange.getRequestHeaders().getFirst("X-Handoff-Signature"),
                        exchange.getRequestHeaders().getFirst("X-Handoff-Timestamp")));
            }
            exchange.sendResponseHeaders(fail ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
