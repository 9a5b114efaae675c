package dev.handoff.handoff.adapter.in.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every bad frame or token gets a documented answer; the socket (and everyone else's) keeps working. */
@QuarkusTest
@WithTestInfrastructure
class VisitorSocketBadInputTest {
    private static VisitorChatFixture fixture;

    @TestHTTPResource("/ws/visitor")
    URI endpoint;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void start() {
        fixture = new VisitorChatFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private String token() {
        return fixture.handoff(fixture.newBot("")).getString("visitorToken");
    }

    @Test
    void aMissingForgedOrTamperedTokenIsClosedWith4403() {
        JsonPath answer = fixture.handoff(fixture.newBot(""));
        String token = answer.getString("visitorToken");
        String[] parts = token.split("\\.");
        String otherChat =
                fixture.handoff(fixture.newBot("")).getString("visitorToken").split("\\.")[1];

        for (String bad : List.of("", "garbage", "v1." + otherChat + "." + parts[2], token + "x")) {
            try (JsonSocketClient socket = JsonSocketClient.open(endpoint, "token=" + bad)) {
                JsonSocketClient.Closed closed = socket.awaitClose();
                assertThat(closed.code()).as("token %s", bad).isEqualTo(4403);
                assertThat(closed.reason()).isEqualTo("invalid_token");
            }
        }
    }

    @Test
    void badFramesGetErrorFramesAndTheSocketStillWorks() {
        try (JsonSocketClient socket = JsonSocketClient.open(endpoint, "token=" + token())) {
            socket.send("{not json");
            assertThat(socket.await("error").path("code").asText()).isEqualTo("malformed-json");
            socket.send("[1,2]");
            assertThat(socket.await("error").path("code").asText()).isEqualTo("invalid-frame");
            socket.send("{\"type\":\"dance\"}");
            assertThat(socket.await("error").path("code").asText()).isEqualTo("unknown-type");
            socket.send("{\"type\":\"message\",\"text\":\"no id\"}");
            assertThat(socket.await("error").path("code").asText()).isEqualTo("invalid-frame");
            socket.send("{\"type\":\"message\",\"clientMessageId\":\"e-1\",\"text\":\"  \"}");
            JsonNode empty = socket.await("error");
            assertThat(empty.path("code").asText()).isEqualTo("invalid-message");
            assertThat(empty.path("clientMessageId").asText()).isEqualTo("e-1");
            socket.send("{\"type\":\"message\",\"clientMessageId\":\"e-2\",\"text\":\"" + "x".repeat(4001) + "\"}");
            assertThat(socket.await("error").path("code").asText()).isEqualTo("message-too-long");
            socket.send("{\"type\":\"message\",\"clientMessageId\":\"e-3\",\"text\":\"" + "y".repeat(20_000) + "\"}");
            assertThat(socket.await("error").path("code").asText()).isEqualTo("too-large");

            socket.send("{\"type\":\"rate\",\"score\":6}");
            assertThat(socket.await("error").path("code").asText()).isEqualTo("invalid-frame");
            socket.send("{\"type\":\"rate\",\"score\":4}");
            assertThat(socket.await("error").path("code").asText()).isEqualTo("chat-open");

            socket.send("{\"type\":\"ping\"}");
            socket.await("pong");
        }
    }

    @Test
    void textWithControlCharactersOrLoneSurrogatesIsRefusedNamingTheField() {
        try (JsonSocketClient socket = JsonSocketClient.open(endpoint, "token=" + token())) {
            socket.send("{\"type\":\"message\",\"clientMessageId\":\"c-1\",\"text\":\"a\\u0000b\"}");
            JsonNode nul = socket.await("error");
            assertThat(nul.path("code").asText()).isEqualTo("invalid-message");
            assertThat(nul.path("detail").asText())
                    .isEqualTo("\"text\" must not contain the control character U+0000.");
            socket.send("{\"type\":\"message\",\"clientMessageId\":\"c-2\",\"text\":\"a\\ud800\"}");
            assertThat(socket.await("error").path("detail").asText()).contains("lone UTF-16 surrogate");
            socket.send("{\"type\":\"message\",\"clientMessageId\":\"c\\u0007\",\"text\":\"hi\"}");
            assertThat(socket.await("error").path("code").asText()).isEqualTo("invalid-frame");
            socket.send("{\"type\":\"ping\",\"type\":\"ping\"}");
            assertThat(socket.await("error").path("code").asText())
                    .as("duplicate keys")
                    .isEqualTo("malformed-json");
            socket.send("{\"type\":\"message\",\"clientMessageId\":\"c-3\",\"text\":\"line one\\n\\tline two\"}");
            assertThat(socket.await("ack").path("clientMessageId").asText())
                    .as("tabs and line breaks are text")
                    .isEqualTo("c-3");
        }
    }

    @Test
    void binaryFramesAreClosedWith1003AndOversizedOnesWith1009() {
        try (JsonSocketClient socket = JsonSocketClient.open(endpoint, "token=" + token())) {
            socket.sendBinary(new byte[] {1, 2, 3});
            assertThat(socket.awaitClose())
                    .isEqualTo(new JsonSocketClient.Closed(1003, "binary frames are not accepted"));
        }
        try (JsonSocketClient socket = JsonSocketClient.open(endpoint, "token=" + token())) {
            socket.send("x".repeat(70 * 1024));
            assertThat(socket.awaitClose())
                    .isEqualTo(new JsonSocketClient.Closed(1009, "frame larger than 65536 bytes"));
        }
    }

    @Test
    void anAfterThatIsNotAWholeNumberOfAsciiDigitsIsClosedWith4400() {
        for (String after : List.of("%EF%BC%95", "-1", "1e3", "abc")) {
            try (JsonSocketClient socket = JsonSocketClient.open(endpoint, "token=" + token() + "&after=" + after)) {
                JsonSocketClient.Closed closed = socket.awaitClose();
                assertThat(closed.code()).as("after=%s", after).isEqualTo(VisitorSocket.BAD_QUERY);
                assertThat(closed.reason()).startsWith("after must be a whole number");
            }
        }
    }

    @Test
    void aVisitorSendingTooFastIsToldAndOthersAreNotSlowedDown() {
        try (JsonSocketClient flooder = JsonSocketClient.open(endpoint, "token=" + token());
                JsonSocketClient neighbour = JsonSocketClient.open(endpoint, "token=" + token())) {
            for (int i = 0; i < 30; i++) {
                flooder.send("{\"type\":\"ping\"}");
            }
            List<JsonNode> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                answers.add(flooder.next());
            }
            // Every frame is answered: a pong within the allowance, a rate-limited error beyond it.
            long pongs = answers.stream()
                    .filter(f -> "pong".equals(f.path("type").asText()))
                    .count();
            long limited = answers.stream()
                    .filter(f -> "rate-limited".equals(f.path("code").asText()))
                    .count();
            assertThat(pongs + limited).isEqualTo(30);
            assertThat(pongs).isBetween((long) VisitorSession.BURST, (long) VisitorSession.BURST + 5);
            assertThat(answers)
                    .filteredOn(f -> "rate-limited".equals(f.path("code").asText()))
                    .first()
                    .satisfies(f -> assertThat(f.path("detail").asText()).contains("per second"));

            neighbour.send("{\"type\":\"message\",\"clientMessageId\":\"n-1\",\"text\":\"I am fine\"}");
            assertThat(neighbour.await("ack").path("clientMessageId").asText()).isEqualTo("n-1");
        }
    }

    /**
     * Frames are taken in when they arrive, not when the socket's earlier work is done: with the database held up
     * by a table lock the test takes before connecting, the socket's opening cannot read its chat, yet a ping is
     * answered at once, and frames sent meanwhile, paced under the rate limit for longer than a burst lasts, are all
     * kept and handled once the chat is open; none is dropped or refused.
     */
    @Test
    void aPingIsAnsweredAndFramesWithinTheLimitAreKeptWhileEarlierOnesWait() throws Exception {
        String token = token();
        int messages = 2 * VisitorSession.BURST;
        JsonSocketClient socket;
        try (Connection lock = dataSource.getConnection();
                Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            // every read of a conversation now waits: the socket's opening cannot look its chat up
            statement.execute("LOCK TABLE conversation IN ACCESS EXCLUSIVE MODE");
            socket = JsonSocketClient.open(endpoint, "token=" + token);
            socket.send(message(1));
            socket.send("{\"type\":\"ping\"}");
            JsonNode first = socket.await(f -> f.path("type").asText().matches("pong|ack|error"));
            assertThat(first.path("type").asText())
                    .as("answered while the chat is not open yet")
                    .isEqualTo("pong");

            // The client paces itself at 4 frames a second, under its limit of 5, for longer than a burst lasts;
            // these frames queue behind the opening.
            for (int i = 2; i <= messages; i++) {
                Thread.sleep(250);
                socket.send(message(i));
            }
            lock.rollback();
        }
        try (socket) {
            Set<String> acked = new HashSet<>();
            while (acked.size() < messages) {
                JsonNode answer = socket.await(f -> f.path("type").asText().matches("ack|error"));
                assertThat(answer.path("type").asText()).as("answer %s", answer).isEqualTo("ack");
                acked.add(answer.path("clientMessageId").asText());
            }
            assertThat(acked).hasSize(messages);
        }
    }

    private static String message(int n) {
        return "{\"type\":\"message\",\"clientMessageId\":\"in-" + n + "\",\"text\":\"paced " + n + "\"}";
    }
}
