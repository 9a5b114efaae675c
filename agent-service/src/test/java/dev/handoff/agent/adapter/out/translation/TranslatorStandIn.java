package dev.handoff.agent.adapter.out.translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A LibreTranslate stand-in on a free local port, answering {@code POST /translate} as LibreTranslate does:
 * "[<target>] <q>", with {@code detectedLanguage} when the source is "auto" (Spanish when the text has "hola",
 * else English; a text already in the target language comes back unchanged). Texts steer it into failing:
 * "[fail]" answers 500, "[garbage]" a 200 that is not JSON, "[slow]" answers only after 10 s (or at close).
 * {@code GET /stats} answers {@code {"translate": <requests so far>}}, readable from any class loader.
 */
public final class TranslatorStandIn implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String apiKey;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<JsonNode> lastRequest = new AtomicReference<>();

    private TranslatorStandIn(String apiKey) throws IOException {
        this.apiKey = apiKey;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/translate", this::translate);
        server.createContext("/stats", e -> answer(e, 200, "{\"translate\":" + requests.get() + "}"));
        server.setExecutor(threads);
        server.start();
    }

    /** Starts a stand-in that wants {@code apiKey} (null: any or none). */
    public static TranslatorStandIn start(String apiKey) throws IOException {
        return new TranslatorStandIn(apiKey);
    }

    /** e.g. {@code http://127.0.0.1:41234} */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort();
    }

    public int requests() {
        return requests.get();
    }

    /** The JSON body of the latest translate request. */
    public JsonNode lastRequest() {
        return lastRequest.get();
    }

    private void translate(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        lastRequest.set(body);
        String q = body.path("q").asText();
        if (apiKey != null && !apiKey.equals(body.path("api_key").asText(null))) {
            answer(exchange, 403, "{\"error\":\"Invalid API key\"}");
        } else if (q.contains("[fail]")) {
            answer(exchange, 500, "{\"error\":\"stand-in told to fail\"}");
        } else if (q.contains("[garbage]")) {
            answer(exchange, 200, "<html>certainly not JSON</html>");
        } else {
            if (q.contains("[slow]")) {
                awaitClosing(10);
            }
            answer(exchange, 200, JSON.writeValueAsString(translation(body)));
        }
    }

    private static ObjectNode translation(JsonNode body) {
        String q = body.path("q").asText();
        String target = body.path("target").asText();
        ObjectNode answer = JSON.createObjectNode();
        String source = body.path("source").asText();
        if (source.equals("auto")) {
            source = q.toLowerCase(Locale.ROOT).contains("hola") ? "es" : "en";
            answer.putObject("detectedLanguage").put("language", source).put("confidence", 90.0);
        }
        return answer.put("translatedText", source.equals(target) ? q : "[" + target + "] " + q);
    }

    private void awaitClosing(int seconds) {
        try {
            closing.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
