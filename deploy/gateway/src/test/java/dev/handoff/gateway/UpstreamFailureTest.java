package dev.handoff.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A stopped service gives a 503 problem body with Retry-After, unless another replica takes the request; a service
 * failing mid-request gives a 502 problem body with Retry-After; a service's own 502 passes untouched.
 */
class UpstreamFailureTest {

    static StubbedStack down;
    static StubbedStack stubbed;
    static StubbedStack halfDown;

    @BeforeAll
    static void start() throws Exception {
        down = StubbedStack.withoutUpstreams();
        stubbed = StubbedStack.withStubs();
        halfDown = StubbedStack.withAStoppedFirstReplica();
    }

    @AfterAll
    static void stop() throws Exception {
        down.close();
        stubbed.close();
        halfDown.close();
    }

    @Test
    void answersAPlainRequestToAStoppedServiceWithAServiceUnavailableProblemAndRetryAfter() throws Exception {
        HttpResponse<String> response = down.get("/api/v1/routing/config");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("retry-after")).hasValue("2");
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertProblem(new JsonObject(response.body()), 503, "Service Unavailable", "routing-service is not reachable");
        assertThat(down.log).anyMatch(line -> line.contains("/api/v1/routing/config -> routing-service"));
    }

    @Test
    void aStoppedReplicaCostsOneTryOnTheNextOneForReadsAndWritesAlike() throws Exception {
        // Round robin: of two requests in a row, one starts at the stopped replica.
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> read = halfDown.get("/api/v1/queue?round=" + i);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(new JsonObject(read.body()).getString("upstream")).isEqualTo("routing-service");
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> write = halfDown.send(halfDown.request("/api/v1/agent/chats/c-1/messages")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hi " + i + "\"}"))
                    .build());
            assertThat(write.statusCode()).isEqualTo(200);
            // The body reached the live replica whole, though the first try went nowhere.
            assertThat(new JsonObject(write.body()).getString("body")).isEqualTo("{\"text\":\"hi " + i + "\"}");
        }
        assertThat(halfDown.log).anyMatch(line -> line.startsWith("unreachable GET /api/v1/queue"));
        assertThat(halfDown.log).anyMatch(line -> line.startsWith("unreachable POST /api/v1/agent/chats/c-1/messages"));
    }

    @Test
    void aReadThatAReplicaHangsUpOnIsSentOnceMoreToAnotherButAWriteIsNot() throws Exception {
        try (StubbedStack crashy = StubbedStack.withACrashingFirstReplica()) {
            // replicas in turn: every other request lands on the one that hangs up
            for (int i = 0; i < 4; i++) {
                HttpResponse<String> read = crashy.get("/api/v1/queue?i=" + i);
                assertThat(read.statusCode()).isEqualTo(200);
                assertThat(new JsonObject(read.body()).getString("upstream")).isEqualTo("routing-service");
            }
            List<Integer> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                writes.add(crashy.send(crashy.request("/api/v1/agent/chats/c-1/messages")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\"}"))
                                .build())
                        .statusCode());
            }
            // a write may have taken effect before the hang-up: the client decides, with the 502 and Retry-After
            assertThat(writes).contains(200, 502);
            assertThat(crashy.log).anyMatch(line -> line.startsWith("retrying GET /api/v1/queue on another replica"));
            assertThat(crashy.log).noneMatch(line -> line.startsWith("retrying POST"));
        }
    }

    @Test
    void answersAWebSocketUpgradeToAStoppedServiceWithAServiceUnavailableProblem() throws Exception {
        RequestOptions upgrade = new RequestOptions()
                .setPort(down.gateway.port())
                .setHost("localhost")
                .setURI("/ws/agent")
                .putHeader("connection", "Upgrade")
                .putHeader("upgrade", "websocket")
                .putHeader("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==")
                .putHeader("sec-websocket-version", "13");

        // The body is read in the same chain: a Vert.x response not read right away may drop its data.
        JsonObject statusAndBody = down.vertx
                .createHttpClient()
                .request(upgrade)
                .compose(HttpClientRequest::send)
                .compose(response -> response.body()
                        .map(body -> new JsonObject()
                                .put("status", response.statusCode())
                                .put("body", body.toJsonObject())))
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);

        assertThat(statusAndBody.getInteger("status")).isEqualTo(503);
        assertProblem(
                statusAndBody.getJsonObject("body"), 503, "Service Unavailable", "agent-service is not reachable");
    }

    @Test
    void answersAServiceThatHangsUpWithABadGatewayProblemAndRetryAfter() throws Exception {
        HttpResponse<String> response = stubbed.get("/api/v1/analytics/crash");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("retry-after")).hasValue("2");
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertProblem(new JsonObject(response.body()), 502, "Bad Gateway", "analytics-service failed");
    }

    @Test
    void passesAServicesOwnBadGatewayThrough() throws Exception {
        HttpResponse<String> response = stubbed.get("/api/v1/analytics/own-502");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).isEqualTo("the upstream's own 502");
    }

    private static void assertProblem(JsonObject problem, int status, String title, String detailStart) {
        assertThat(problem.getString("type"))
                .isEqualTo("urn:handoff:problem:"
                        + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        assertThat(problem.getString("title")).isEqualTo(title);
        assertThat(problem.getInteger("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).startsWith(detailStart).doesNotContain("Exception");
    }
}
