package dev.handoff.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17, point 5 (decision 0046): once routing-service answers a claim with 200, the claimant's first message to
 * agent-service is accepted, every time, although agent-service learns of the assignment from Kafka only afterwards.
 * The claim is sent the moment routing has queued the handoff and the message right after the claim's answer, with
 * no wait in between, so most writes reach agent-service before the assignment does. The refusals stay refusals.
 */
@ExtendWith(FiveServices.class)
class ClaimThenWriteIT {
    private static final String HANDOFF = "handoff-service";
    private static final String ROUTING = "routing-service";
    private static final String AGENT = "agent-service";
    private static final String TENANT = "claim-write-e2e";
    private static final String BOT = "claim-write-bot";
    private static final int ROUNDS = 100;
    private static final int CLIENTS = 4;
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private static Platform platform;

    /** @param shared the five services ({@link FiveServices}) */
    @BeforeAll
    static void usePlatform(Platform shared) {
        platform = shared;
        String supervisor = TestTokens.agent("carla", TENANT, "agent", "supervisor");
        given().auth()
                .oauth2(supervisor)
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", true))
                .put(platform.url(HANDOFF) + "/api/v1/bots/{bot}/settings", BOT)
                .then()
                .statusCode(200);
        // Each round's chat is completed, but its slot is given back only when routing consumes that: room for all.
        given().auth()
                .oauth2(supervisor)
                .contentType(ContentType.JSON)
                .body(Map.of("defaultMaxChats", 100))
                .put(platform.url(ROUTING) + "/api/v1/routing/capacity")
                .then()
                .statusCode(200);
    }

    @Test
    void aMessageRightAfterASuccessfulClaimIsAcceptedAHundredTimesOutOfAHundred() throws Exception {
        Histogram claimToStored = Latencies.micros();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                String agent = "agent-" + client;
                done.add(clients.submit(() -> IntStream.range(0, ROUNDS / CLIENTS)
                        .forEach(round -> claimThenWrite(agent, round, claimToStored, failures))));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.println("ClaimThenWriteIT: " + ROUNDS + " rounds, claim answered -> message stored (us): "
                + Latencies.percentiles(claimToStored));
        assertThat(failures)
                .as("rounds whose first message after the claim was not accepted")
                .isEmpty();
        assertThat(claimToStored.getTotalCount()).isEqualTo(ROUNDS);
    }

    @Test
    void aChatClaimedByAnotherAgentStaysRefusedToTheLoser() {
        String chat = handoff("Refused visitor");
        String bob = TestTokens.agent("bob", TENANT, "agent");
        String alice = TestTokens.agent("alice", TENANT, "agent");
        claimAsSoonAsQueued(bob, chat);

        given().auth()
                .oauth2(alice)
                .post(platform.url(ROUTING) + "/api/v1/queue/{id}/claim", chat)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        Response write = message(alice, chat, "alice-1");
        assertThat(write.statusCode()).as(write.asString()).isEqualTo(404);
        assertThat(write.jsonPath().getString("type")).isEqualTo("urn:handoff:problem:chat-not-found");
        assertThat(message(bob, chat, "bob-1").statusCode())
                .as("the holder writes")
                .isEqualTo(201);
    }

    private static void claimThenWrite(String agentId, int round, Histogram latencies, List<String> failures) {
        String agent = TestTokens.agent(agentId, TENANT, "agent");
        String chat = handoff(agentId + " round " + round);
        claimAsSoonAsQueued(agent, chat);
        long claimed = System.nanoTime();
        Response write = message(agent, chat, "first");
        if (write.statusCode() != 201) {
            failures.add(chat + ": " + write.statusCode() + " " + write.asString());
            return;
        }
        latencies.recordValue((System.nanoTime() - claimed) / 1000);
        given().auth()
                .oauth2(agent)
                .post(platform.url(AGENT) + "/api/v1/agent/chats/{id}/complete", chat)
                .then()
                .statusCode(200);
    }

    private static String handoff(String visitor) {
        return given().auth()
                .oauth2(TestTokens.bot(BOT + "-client", TENANT, BOT))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "visitor",
                        Map.of("name", visitor),
                        "botHistory",
                        List.of(Map.of("sender", "user", "message", "A human, please"))))
                .post(platform.url(HANDOFF) + "/api/v1/bots/{bot}/handoffs", BOT)
                .then()
                .statusCode(201)
                .extract()
                .path("conversationId");
    }

    /** Claims until routing has queued the chat (404 conversation-not-queued before that), then no more. */
    private static void claimAsSoonAsQueued(String agent, String chat) {
        await("routing queues " + chat)
                .atMost(EVENTUALLY)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    Response claim =
                            given().auth().oauth2(agent).post(platform.url(ROUTING) + "/api/v1/queue/{id}/claim", chat);
                    assertThat(claim.statusCode()).as(claim.asString()).isIn(200, 404);
                    return claim.statusCode() == 200;
                });
    }

    private static Response message(String agent, String chat, String clientMessageId) {
        return given().auth()
                .oauth2(agent)
                .contentType(ContentType.JSON)
                .body(Map.of("clientMessageId", clientMessageId, "text", "Hello, I have your chat now"))
                .post(platform.url(AGENT) + "/api/v1/agent/chats/{id}/messages", chat)
                .andReturn();
    }
}
