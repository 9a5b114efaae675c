package dev.handoff.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the gateway refuses itself, as the edge: always as a problem, never forwarded. */
class GatewayRequestShapeTest {

    static StubbedStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = StubbedStack.withStubs();
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "TRACK"})
    void traceIsNeverForwardedAndAnsweredWithTheTargetsAllow(String method) throws Exception {
        HttpResponse<String> response = stack.send(stack.request("/api/v1/bots/b/settings")
                .header("Authorization", "Bearer do-not-echo")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("allow")).hasValue("GET, HEAD, OPTIONS, PUT");
        assertThat(response.body()).doesNotContain("do-not-echo").doesNotContain("upstream");
    }

    @Test
    void otherMethodsGoToTheServiceWhichKnowsWhatThePathTakes() throws Exception {
        HttpResponse<String> response = stack.send(stack.request("/api/v1/queue")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}"))
                .header("content-type", "application/json")
                .build());

        assertThat(new JsonObject(response.body()).getString("method")).isEqualTo("PATCH");
    }

    @Test
    void aTargetOverTheLimitIs414AtEveryLength() throws Exception {
        for (int length : new int[] {9_000, 20_000, 100_000}) {
            HttpResponse<String> response = stack.get("/api/v1/queue/" + "a".repeat(length));
            assertProblem(response, 414, "uri-too-long");
        }
    }

    @Test
    void headersOverTheLimitAre431() throws Exception {
        HttpResponse<String> response = stack.send(stack.request("/api/v1/queue")
                .header("x-padding", "p".repeat(40 * 1024))
                .build());
        assertProblem(response, 431, "headers-too-large");
    }

    @Test
    void bodiesOverTheLimitOrWithoutALengthAreRefusedUnsent() throws Exception {
        HttpResponse<String> tooLarge = stack.send(stack.request("/api/v1/routing/settings")
                .header("content-type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) Gateway.MAX_BODY_BYTES + 1]))
                .build());
        assertProblem(tooLarge, 413, "payload-too-large");
        HttpResponse<String> chunked = stack.send(stack.request("/api/v1/routing/settings")
                .header("content-type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new java.io.ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)),
                        new java.io.ByteArrayInputStream("}".getBytes(StandardCharsets.UTF_8)))))
                .build());
        assertProblem(chunked, 411, "length-required");
    }

    @Test
    void whatIsNoUriOrNoHttpAtAllGetsAProblemToo() throws Exception {
        String badEscape = raw("GET /api/v1/queue/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(badEscape)
                .startsWith("HTTP/1.1 400")
                .contains("application/problem+json")
                .contains("urn:handoff:problem:bad-request");
        String garbage = raw("GARBAGE\r\n\r\n");
        // Netty answers a request it could not parse as HTTP/1.0
        assertThat(garbage)
                .matches("(?s)HTTP/1\\.[01] 400 .*")
                .contains("application/problem+json")
                .contains("urn:handoff:problem:bad-request");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String kind) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValue(Problems.CONTENT_TYPE);
        assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        JsonObject problem = new JsonObject(response.body());
        assertThat(problem.getString("type")).isEqualTo("urn:handoff:problem:" + kind);
        assertThat(problem.getInteger("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).isNotBlank().doesNotContain("Exception");
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", stack.gateway.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
