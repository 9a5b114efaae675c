package dev.handoff.routing.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One agent holding many chats goes offline in a tenant that requeues, while other agents keep
 * claiming those very chats. The requeue and the claims lock the same rows; afterwards every chat has
 * one holder and each agent's counted load equals the chats they hold.
 */
@QuarkusTest
@WithTestInfrastructure
class RequeueWhileClaimingTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static final int CHATS = 20;
    private static final int CLAIMERS = 4;
    private static final int LIMIT = 5;

    @Test
    void noChatEndsWithTwoHoldersAndEveryLoadMatchesTheChatsHeld() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        List<String> ids =
                IntStream.range(0, CHATS).mapToObj(i -> tenant + "-" + i).toList();
        String supervisor = TestTokens.agent("carol", tenant, "supervisor");
        given().auth()
                .oauth2(supervisor)
                .contentType(ContentType.JSON)
                .body("{\"onAgentUnavailable\":\"REQUEUE\"}")
                .put("/api/v1/routing/settings")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(supervisor)
                .contentType(ContentType.JSON)
                .body("{\"maxChats\":" + CHATS + "}")
                .put("/api/v1/routing/capacity/agents/leaver")
                .then()
                .statusCode(200);
        try (QueueFixture fixture = new QueueFixture()) {
            fixture.queue(tenant, null, ids);
            String leaver = TestTokens.agent("leaver", tenant, "agent");
            ids.forEach(id -> given().auth()
                    .oauth2(leaver)
                    .post("/api/v1/queue/{id}/claim", id)
                    .then()
                    .statusCode(200));

            Map<String, List<String>> winners = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
            AtomicInteger refusedAsTheLeavers = new AtomicInteger();
            HttpClient http = HttpClient.newBuilder()
                    .executor(Executors.newFixedThreadPool(CLAIMERS))
                    .build();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService claimers = Executors.newFixedThreadPool(CLAIMERS);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLAIMERS; c++) {
                String agent = "claimer-" + c;
                String token = TestTokens.agent(agent, tenant, "agent");
                List<String> order = new ArrayList<>(ids);
                Collections.shuffle(order, new Random(c));
                done.add(claimers.submit(() -> {
                    start.await();
                    // Round after round over the chats nobody took yet, until every chat is taken.
                    Awaitility.await()
                            .atMost(QueueFixture.WAIT)
                            .pollInterval(Duration.ofMillis(20))
                            .until(() -> {
                                for (String id : order) {
                                    if (!winners.containsKey(id)) {
                                        claim(http, token, id, agent, winners, unexpected, refusedAsTheLeavers);
                                    }
                                }
                                return winners.size() == CHATS;
                            });
                    return null;
                }));
            }
            start.countDown();
            // The claims are under way (and refused: the leaver still holds everything) before the leaver leaves.
            Awaitility.await().atMost(QueueFixture.WAIT).until(() -> refusedAsTheLeavers.get() > 0);
            fixture.presence(tenant, "leaver", PresenceStatus.OFFLINE, Instant.now());
            for (Future<?> f : done) {
                f.get(3, TimeUnit.MINUTES);
            }
            claimers.shutdown();

            assertThat(unexpected).isEmpty();
            assertThat(winners.values()).allSatisfy(w -> assertThat(w).hasSize(1));
            Map<String, String> expectedHolders = new HashMap<>();
            winners.forEach((id, w) -> expectedHolders.put(id, w.get(0)));
            assertThat(RoutingDatabase.holders(tenant)).isEqualTo(expectedHolders);
            Map<String, Long> held = RoutingDatabase.heldPerAgent(tenant);
            assertThat(RoutingDatabase.activeChats(tenant)).isEqualTo(held);
            assertThat(held).doesNotContainKey("leaver").hasSize(CLAIMERS);
            assertThat(held.values()).allSatisfy(n -> assertThat(n).isEqualTo((long) LIMIT));
            assertThat(requeuedFromLeaver(tenant)).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    private static void claim(
            HttpClient http,
            String token,
            String id,
            String agent,
            Map<String, List<String>> winners,
            ConcurrentLinkedQueue<String> unexpected,
            AtomicInteger refusedAsTheLeavers)
            throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + RestAssured.port + "/api/v1/queue/" + id + "/claim"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        switch (response.statusCode()) {
            case 200 ->
                winners.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(agent);
            case 409 -> {
                // held by the leaver (not requeued yet) or by another claimer
                if (response.body().contains("\"heldBy\":\"leaver\"")) {
                    refusedAsTheLeavers.incrementAndGet();
                }
            }
            case 422 -> {} // this claimer is full
            default -> unexpected.add(id + " " + response.statusCode() + " " + response.body());
        }
    }

    private static List<String> requeuedFromLeaver(String tenant) {
        return kafka
                .awaitRecords(
                        Topics.CONVERSATION_LIFECYCLE,
                        r -> r.key().startsWith(tenant + "-")
                                && KafkaTopics.event(r) instanceof Requeued e
                                && e.reason().equals("agent-offline"),
                        CHATS,
                        QueueFixture.WAIT)
                .stream()
                .map(r -> r.key())
                .collect(Collectors.toList());
    }
}
