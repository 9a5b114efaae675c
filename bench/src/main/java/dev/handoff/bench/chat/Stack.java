package dev.handoff.bench.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A running stack as its users reach it: the gateway's one origin and the OIDC issuer that gives out tokens. */
public final class Stack {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI gateway;
    private final URI tokenEndpoint;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /**
     * @param gateway e.g. {@code http://localhost:8080}
     * @param issuer  the realm's issuer, e.g. {@code http://localhost:8180/realms/handoff}
     */
    public Stack(URI gateway, URI issuer) {
        this.gateway = gateway;
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
    }

    /** The local stack of {@code ./handoff up}. */
    public static Stack local() {
        return new Stack(URI.create("http://localhost:8080"), URI.create("http://localhost:8180/realms/handoff"));
    }

    public URI gateway() {
        return gateway;
    }

    /** The gateway's WebSocket origin, e.g. {@code ws://localhost:8080}. */
    public URI webSocketBase() {
        return URI.create(gateway.toString().replaceFirst("^http", "ws"));
    }

    /** An access token for a person (password grant through the CLI client). */
    public String userToken(String user, String password) {
        return token(
                Map.of("grant_type", "password", "client_id", "handoff-cli", "username", user, "password", password));
    }

    /** An access token for a bot (client credentials). */
    public String clientToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        Answer answer = send(request);
        if (answer.status() != 200) {
            throw new IllegalStateException("no token for " + form.get("client_id") + ": " + answer);
        }
        return answer.json().path("access_token").asText();
    }

    /** A JSON request through the gateway; the answer whatever its status (never throws for a status). */
    public Answer call(String method, String path, String bearer, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer);
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString()); // no answer at all: the outcome is unknown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    /** A status (0: no answer) and a body. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }
}
