package dev.handoff.routing.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Many agents claim every conversation at once, each in its own order. Afterwards no conversation
 * may have two holders, no agent more chats than the limit (5), and no handoff may be lost.
 */
@QuarkusTest
@WithTestInfrastructure
class ConcurrentClaimsTest {
    private static final int CONVERSATIONS = 40;
    private static final int AGENTS = 6;
    private static final int LIMIT = 5;

    @Test
    void everyConversationHasAtMostOneHolderAndNoAgentPassesTheLimit() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        List<String> ids = IntStream.range(0, CONVERSATIONS)
                .mapToObj(i -> tenant + "-" + i)
                .toList();
        try (QueueFixture fixture = new QueueFixture()) {
            fixture.queue(tenant, null, ids);
        }

        Map<String, List<String>> winners = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(AGENTS))
                .build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService agents = Executors.newFixedThreadPool(AGENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int a = 0; a < AGENTS; a++) {
            String agent = "agent-" + a;
            String token = TestTokens.agent(agent, tenant, "agent");
            List<String> order = new ArrayList<>(ids);
            Collections.shuffle(order, new java.util.Random(a));
            done.add(agents.submit(() -> {
                start.await();
                for (String id : order) {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://localhost:" + RestAssured.port + "/api/v1/queue/" + id + "/claim"))
                                    .header("Authorization", "Bearer " + token)
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    switch (response.statusCode()) {
                        case 200 ->
                            winners.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(agent);
                        case 409, 422 -> {}
                        default -> unexpected.add(id + " " + response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(3, TimeUnit.MINUTES);
        }
        agents.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(winners.values()).allSatisfy(w -> assertThat(w).hasSize(1));
        Map<String, Long> chatsPerAgent = winners.values().stream()
                .map(w -> w.get(0))
                .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        assertThat(chatsPerAgent.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(LIMIT));
        // 6 agents x 5 chats = 30 of 40: every agent filled up, the rest still wait, nothing vanished.
        assertThat(winners).hasSize(AGENTS * LIMIT);

        Map<String, String> holders = holdersInDatabase(tenant);
        Map<String, String> expected = new HashMap<>();
        winners.forEach((id, w) -> expected.put(id, w.get(0)));
        assertThat(holders).isEqualTo(expected);
        assertThat(waitingInDatabase(tenant)).isEqualTo(CONVERSATIONS - AGENTS * LIMIT);
        assertThat(activeChatsInDatabase(tenant)).isEqualTo(chatsPerAgent);
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(
                InfrastructureTestResource.jdbcUrl(),
                InfrastructureTestResource.jdbcUsername(),
                InfrastructureTestResource.jdbcPassword());
    }

    private static Map<String, String> holdersInDatabase(String tenant) throws Exception {
        return query(
                "select conversation_id, assignee from routing.queue_entry where tenant_id = ? and status = 'ASSIGNED'",
                tenant,
                rs -> rs.getString(2));
    }

    private static Map<String, Long> activeChatsInDatabase(String tenant) throws Exception {
        return query(
                "select agent_id, active_chats from routing.agent_load where tenant_id = ? and active_chats > 0",
                tenant,
                rs -> rs.getLong(2));
    }

    private static long waitingInDatabase(String tenant) throws Exception {
        return query(
                        "select conversation_id, status from routing.queue_entry where tenant_id = ? and status = 'WAITING'",
                        tenant,
                        rs -> rs.getString(2))
                .size();
    }

    private interface Column<T> {
        T read(ResultSet rs) throws Exception;
    }

    private static <T> Map<String, T> query(String sql, String tenant, Column<T> value) throws Exception {
        Map<String, T> rows = new HashMap<>();
        try (Connection c = database();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), value.read(rs));
                }
            }
        }
        return rows;
    }
}
