package dev.handoff.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain HTTP through the gateway: the route table, forwarded headers, the redirect and the gateway's own answers. */
class GatewayRoutingTest {

    static StubbedStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = StubbedStack.withStubs();
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/socket.io/?EIO=4&sid=abc&t=P1,                    handoff-service",
        "/ws/visitor?token=abc,                             handoff-service",
        "/api/v1/bots/demo-bot/settings?lang=en,            handoff-service",
        "/api/v1/conversations/c-1/messages?after=42,       handoff-service",
        "/demo/index.html?bot=demo-bot,                     handoff-service",
        "/api/v1/public/tenants/demo/bots/demo-bot/availability, handoff-service",
        "/api/v1/queue,                                     routing-service",
        "/api/v1/queue/entries?team=sales&page=2,           routing-service",
        "/api/v1/routing/config,                            routing-service",
        "/api/v1/agent/me/quick-replies?q=hi%20there,       agent-service",
        "/ws/agent,                                         agent-service",
        "/console/,                                         agent-service",
        "/console,                                          agent-service",
        "/console/assets/app.js?v=3,                        agent-service",
        "/api/v1/analytics/metrics?from=2026-01-01&to=now,  analytics-service",
        "/api/v1/notifications/recipients,  notification-service",
    })
    void forwardsEachPrefixToItsServiceWithPathAndQueryIntact(String uri, String upstream) throws Exception {
        HttpResponse<String> response = stack.get(uri);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject echo = new JsonObject(response.body());
        assertThat(echo.getString("upstream")).isEqualTo(upstream);
        assertThat(echo.getString("uri")).isEqualTo(uri);
    }

    @Test
    void addsForwardedHeadersAndKeepsTheHost() throws Exception {
        HttpRequest request = stack.request("/api/v1/queue")
                .header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Proto", "https")
                .build();

        JsonObject echo = new JsonObject(stack.send(request).body());

        String origin = "localhost:" + stack.gateway.port();
        assertThat(echo.getString("xForwardedFor")).isEqualTo("203.0.113.7, 127.0.0.1");
        assertThat(echo.getString("xForwardedProto")).isEqualTo("http");
        assertThat(echo.getString("xForwardedHost")).isEqualTo(origin);
        assertThat(echo.getString("host")).isEqualTo(origin);
    }

    @Test
    void passesRequestBodies() throws Exception {
        HttpRequest request = stack.request("/api/v1/bots/demo-bot/handoffs")
                .POST(HttpRequest.BodyPublishers.ofString("{\"visitor\":\"v-1\"}"))
                .build();

        JsonObject echo = new JsonObject(stack.send(request).body());

        assertThat(echo.getString("method")).isEqualTo("POST");
        assertThat(echo.getString("body")).isEqualTo("{\"visitor\":\"v-1\"}");
    }

    @Test
    void redirectsTheRootToTheConsole() throws Exception {
        HttpResponse<String> response = stack.get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("location")).hasValue("/console/");
    }

    @Test
    void answersUnknownPathsWithANotFoundProblem() throws Exception {
        for (String path : List.of("/nowhere", "/api/v1/queued", "/api/v1", "/ws/visitors")) {
            HttpResponse<String> response = stack.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
            JsonObject problem = new JsonObject(response.body());
            assertThat(problem.getString("type")).isEqualTo("urn:handoff:problem:not-found");
            assertThat(problem.getString("title")).isEqualTo("Not Found");
            assertThat(problem.getInteger("status")).isEqualTo(404);
            assertThat(problem.getString("detail")).isEqualTo("No route for " + path + ".");
        }
    }

    @Test
    void refusesDotSegmentsThatWouldEscapeAPrefix() throws Exception {
        HttpResponse<String> response = stack.get("/console/%2e%2e/api/v1/analytics/metrics");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(response.body()).getString("title")).isEqualTo("Bad Request");
    }
}
