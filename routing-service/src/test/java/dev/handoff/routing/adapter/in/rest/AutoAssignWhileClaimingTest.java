package dev.handoff.routing.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * AUTO races claims: while handoffs arrive and routing assigns them to {@value #AUTO_AGENTS} online agents,
 * {@value #CLAIMERS} other agents claim every conversation they can. Each agent may hold {@value #LIMIT}. In the end
 * every conversation has at most one holder, by the answers, the rows and the events alike (one {@code Assigned}
 * each: AUTO for the online agents, CLAIM for the claimers), nobody holds more than the limit, the loads equal the
 * rows, and exactly the free slots were filled. It fails if the placement takes the head without its row lock.
 */
@QuarkusTest
@WithTestInfrastructure
class AutoAssignWhileClaimingTest {
    private static final int CONVERSATIONS = 30;
    private static final int AUTO_AGENTS = 4;
    private static final int CLAIMERS = 4;
    private static final int LIMIT = 3;

    @Test
    void routingAndClaimantsNeverBothGetAConversationAndNobodyPassesTheLimit() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        AutoAssignmentApiTest.put(tenant, "/api/v1/routing/capacity", "{\"defaultMaxChats\":" + LIMIT + "}");
        AutoAssignmentApiTest.put(tenant, "/api/v1/routing/settings", "{\"strategy\":\"AUTO\"}");
        List<String> ids = IntStream.range(0, CONVERSATIONS)
                .mapToObj(i -> tenant + "-" + i)
                .toList();
        Map<String, String> claimWinners = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> doubleWins = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        try (QueueFixture fixture = new QueueFixture()) {
            for (int a = 0; a < AUTO_AGENTS; a++) {
                fixture.presence(tenant, "auto-" + a, PresenceStatus.ONLINE, Instant.now());
            }
            HttpClient http = HttpClient.newHttpClient();
            ExecutorService claimers = Executors.newFixedThreadPool(CLAIMERS);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLAIMERS; c++) {
                String agent = "claimer-" + c;
                String token = TestTokens.agent(agent, tenant, "agent");
                List<String> pending = new ArrayList<>(ids);
                Collections.shuffle(pending, new Random(c));
                done.add(claimers.submit(() -> {
                    // Until every conversation had its answer: 404 means not queued yet, so it is tried again.
                    long deadline = System.nanoTime() + QueueFixture.WAIT.toNanos();
                    while (!pending.isEmpty() && System.nanoTime() < deadline) {
                        for (String id : List.copyOf(pending)) {
                            HttpResponse<String> response = http.send(
                                    HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                                                    + "/api/v1/queue/" + id + "/claim"))
                                            .header("Authorization", "Bearer " + token)
                                            .POST(HttpRequest.BodyPublishers.noBody())
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            switch (response.statusCode()) {
                                case 200 -> {
                                    if (claimWinners.putIfAbsent(id, agent) != null) {
                                        doubleWins.add(id);
                                    }
                                    pending.remove(id);
                                }
                                case 409, 422 -> pending.remove(id);
                                case 404 -> {}
                                default -> unexpected.add(id + " " + response.statusCode() + " " + response.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            fixture.request(tenant, null, ids);
            for (Future<?> claimer : done) {
                claimer.get(2, TimeUnit.MINUTES);
            }
            claimers.shutdownNow();

            int slots = (AUTO_AGENTS + CLAIMERS) * LIMIT;
            Awaitility.await()
                    .atMost(QueueFixture.WAIT)
                    .until(() ->
                            RoutingDatabase.holders(tenant).size() == slots && RoutingDatabase.outboxBacklog() == 0);
            Map<String, String> holders = RoutingDatabase.holders(tenant);
            assertThat(unexpected).isEmpty();
            assertThat(doubleWins).isEmpty();
            assertThat(holders).containsAllEntriesOf(claimWinners);
            assertThat(RoutingDatabase.heldPerAgent(tenant).values())
                    .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(LIMIT));
            assertThat(RoutingDatabase.activeChats(tenant)).isEqualTo(RoutingDatabase.heldPerAgent(tenant));
            assertThat(RoutingDatabase.statuses(tenant).values().stream()
                            .filter("WAITING"::equals)
                            .count())
                    .isEqualTo(CONVERSATIONS - slots);

            Map<String, List<Assigned>> assigned =
                    fixture
                            .lifecycleSoFar(e -> e instanceof Assigned a
                                    && a.tenantId().value().equals(tenant))
                            .stream()
                            .map(Assigned.class::cast)
                            .collect(Collectors.groupingBy(
                                    a -> a.conversationId().value()));
            assertThat(assigned.keySet()).isEqualTo(holders.keySet());
            assertThat(assigned).allSatisfy((id, events) -> {
                assertThat(events).as(id).hasSize(1);
                Assigned event = events.get(0);
                assertThat(event.agentId().value()).as(id).isEqualTo(holders.get(id));
                assertThat(event.method())
                        .as(id)
                        .isEqualTo(
                                event.agentId().value().startsWith("auto-")
                                        ? AssignmentMethod.AUTO
                                        : AssignmentMethod.CLAIM);
            });
        }
    }
}
