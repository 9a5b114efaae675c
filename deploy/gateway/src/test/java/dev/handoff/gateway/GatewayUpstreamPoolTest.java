package dev.handoff.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The gateway's connections to a service: WebSockets never count against the pool of plain requests, a full pool
 * answers 503 at once instead of queueing without end, and a request whose client left while it waited is never sent.
 */
class GatewayUpstreamPoolTest {

    private static final String POLL = "/socket.io/?EIO=4&transport=polling&sid=held";

    @Test
    void webSocketsBeyondTheRequestPoolStayOpenAndRequestsStillPass() throws Exception {
        try (StubbedStack stack = StubbedStack.withStubs(new UpstreamLimits(2, 10))) {
            List<EchoSocket> sockets = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                sockets.add(EchoSocket.open(stack, "/ws/visitor?token=t" + i));
            }
            HttpResponse<String> answer = stack.get("/api/v1/conversations/c1");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(new JsonObject(answer.body()).getString("upstream")).isEqualTo("handoff-service");
            for (EchoSocket socket : sockets) {
                assertThat(socket.roundTrip("ping")).isEqualTo("handoff-service /ws/visitor ping");
            }
        }
    }

    @Test
    void aFullPoolAnswers503WithRetryAfterAtOnce() throws Exception {
        try (StubbedStack stack = StubbedStack.withStubs(new UpstreamLimits(1, 0))) {
            CompletableFuture<HttpResponse<String>> held =
                    stack.http.sendAsync(stack.request(POLL).build(), HttpResponse.BodyHandlers.ofString());
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> stack.stubs.get("handoff-service").pendingPolls() == 1);

            HttpResponse<String> refused = stack.get("/api/v1/conversations/c1");

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("retry-after")).hasValue("1");
            assertThat(new JsonObject(refused.body()).getString("type")).isEqualTo("urn:handoff:problem:upstream-busy");
            assertThat(stack.stubs.get("handoff-service").received("/api/v1/conversations/c1"))
                    .isZero();
            stack.stubs.get("handoff-service").answerPolls();
            assertThat(held.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRequestWhoseClientLeftWhileWaitingIsNeverSent() throws Exception {
        try (StubbedStack stack = StubbedStack.withStubs(new UpstreamLimits(1, 10))) {
            StubUpstream handoff = stack.stubs.get("handoff-service");
            CompletableFuture<HttpResponse<String>> held =
                    stack.http.sendAsync(stack.request(POLL).build(), HttpResponse.BodyHandlers.ofString());
            await().atMost(Duration.ofSeconds(10)).until(() -> handoff.pendingPolls() == 1);

            String body = "{\"visitor\":{\"name\":\"Gone\"}}";
            try (Socket client = new Socket("localhost", stack.gateway.port())) {
                OutputStream out = client.getOutputStream();
                out.write(
                        ("POST /api/v1/bots/b1/handoffs HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                        + "Content-Length: " + body.length() + "\r\n\r\n" + body)
                                .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // the gateway has the request and waits for the pool; the client gives up
                await().atMost(Duration.ofSeconds(10)).until(() -> stack.gateway.waitingForUpstreams() == 1);
            }
            handoff.answerPolls();
            held.get(10, TimeUnit.SECONDS);

            // the next request waits behind the abandoned one for the single connection: once it is answered, the
            // abandoned one has had its turn
            assertThat(stack.get("/api/v1/conversations/c2").statusCode()).isEqualTo(200);
            assertThat(handoff.received("/api/v1/bots/b1/handoffs")).isZero();
            assertThat(stack.log)
                    .anyMatch(line -> line.contains("client left") && line.contains("/api/v1/bots/b1/handoffs"));
        }
    }
}
