package dev.handoff.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the visitor and console connections need: WebSocket upgrades and held long-polls. */
class GatewayStreamingTest {

    static StubbedStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = StubbedStack.withStubs();
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
    }

    @Test
    void relaysWebSocketFramesBothWays() throws Exception {
        assertThat(echoOverWebSocket("/ws/visitor?token=t")).isEqualTo("handoff-service /ws/visitor hello");
        assertThat(echoOverWebSocket("/ws/agent")).isEqualTo("agent-service /ws/agent hello");
        assertThat(echoOverWebSocket("/socket.io/?EIO=4&transport=websocket"))
                .isEqualTo("handoff-service /socket.io/ hello");
    }

    @Test
    void holdsALongPollWhileOtherRequestsPass() throws Exception {
        String poll = "/socket.io/?EIO=4&transport=polling&sid=s1";
        CompletableFuture<HttpResponse<String>> held =
                stack.http.sendAsync(stack.request(poll).build(), HttpResponse.BodyHandlers.ofString());
        StubUpstream handoff = stack.stubs.get("handoff-service");
        await().atMost(Duration.ofSeconds(10)).until(() -> handoff.pendingPolls() == 1);
        assertThat(held).isNotDone();

        HttpResponse<String> posted = stack.send(stack.request(poll)
                .POST(HttpRequest.BodyPublishers.ofString("42[\"message\",\"hi\"]"))
                .build());

        assertThat(posted.body()).isEqualTo("ok");
        assertThat(held.get(10, TimeUnit.SECONDS).body()).isEqualTo("42[\"message\",\"hi\"]");
    }

    private static String echoOverWebSocket(String uri) throws Exception {
        EchoSocket socket = EchoSocket.open(stack, uri);
        String reply = socket.roundTrip("hello");
        socket.close();
        return reply;
    }
}
