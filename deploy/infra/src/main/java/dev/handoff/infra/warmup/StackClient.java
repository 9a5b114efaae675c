package dev.handoff.infra.warmup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The local stack as its clients reach it: Keycloak's tokens, the APIs and the sockets behind the gateway. */
final class StackClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String tokenUrl;

    StackClient(String gateway, String tokenUrl) {
        this.gateway = gateway;
        this.tokenUrl = tokenUrl;
    }

    /** An access token for {@code form} (a client-credentials or password grant). */
    String token(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(tokenUrl))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        require(answer, 200, "token for " + form.getOrDefault("username", form.get("client_id")));
        return JSON.readTree(answer.body()).path("access_token").asText();
    }

    /** Calls the API; fails unless it answers {@code expected}. */
    JsonNode call(String method, String path, String token, Object body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        require(answer, expected, method + " " + path);
        return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
    }

    /** Opens a socket on {@code pathAndQuery}; its JSON frames are queued for {@link Frames#await}. */
    Frames socket(String pathAndQuery) {
        Frames frames = new Frames();
        frames.socket = http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(gateway.replaceFirst("^http", "ws") + pathAndQuery), frames)
                .join();
        return frames;
    }

    private static void require(HttpResponse<String> answer, int expected, String what) {
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(what + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** The frames one socket received, in order. */
    static final class Frames implements WebSocket.Listener, AutoCloseable {
        private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    throw new IllegalStateException("a frame that is not JSON: " + partial, e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        /** Sends one frame. */
        void send(Object frame) throws IOException {
            socket.sendText(JSON.writeValueAsString(frame), true).join();
        }

        /** The first frame (earlier ones are dropped) that {@code wanted} accepts; fails after 30 s. */
        JsonNode await(String what, Predicate<JsonNode> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            for (long left = TIMEOUT.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                JsonNode frame = received.poll(left, TimeUnit.NANOSECONDS);
                if (frame != null && wanted.test(frame)) {
                    return frame;
                }
            }
            throw new IllegalStateException("no " + what + " within " + TIMEOUT.toSeconds() + " s");
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
