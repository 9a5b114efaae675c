package dev.handoff.e2e;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Proof under concurrency: two routing-service replicas share one PostgreSQL and one Kafka consumer group,
 * {@value #CONVERSATIONS} handoffs arrive through {@code handoff.requests.v1} ({@value #PARTITIONS} partitions,
 * split between the replicas), and {@value #AGENTS} agents with a limit of {@value #LIMIT} chats each claim
 * every conversation at once, through {@value #SESSIONS_PER_AGENT} sessions each, every request going to a
 * replica picked at random. Only {@code AGENTS * LIMIT} slots exist for them, so both races happen: many
 * agents for one conversation, and an agent's sessions for its last slot.
 *
 * <p>Afterwards every answer, the database and {@code conversation.lifecycle.v1} must tell the same story:
 * at most one winner per conversation (every 409 naming that winner as {@code heldBy}, a holder's repeat on
 * the other replica answering {@code alreadyHeld}), nobody above the limit, exactly {@code AGENTS * LIMIT}
 * assigned and the rest still waiting, and one {@code Assigned} event per winner. The claim latencies are
 * logged (HdrHistogram), not asserted.
 *
 * <p>Why this fails for a naive claim: one that reads the status and then writes without the row lock (or
 * behind a JVM-local lock, of which each replica has its own) lets two requests both see {@code WAITING} and
 * both answer 200, caught by "at most one 200 per conversation", "every {@code heldBy} is the winner" and
 * "one {@code Assigned} per conversation"; a capacity check that reads {@code active_chats} and then
 * increments it lets an agent's two sessions both take its last slot, caught by "nobody above
 * {@value #LIMIT}", the assigned total and {@code agent_load} agreeing with the answers.
 */
class TwoRoutingReplicasIT {
    private static final Logger LOG = Logger.getLogger(TwoRoutingReplicasIT.class);

    private static final String ROUTING = "routing-service";
    /** The consumer group of routing-service's handoff-requests channel (one group per channel). */
    private static final String REQUESTS_GROUP = "routing-service-handoff-requests";

    private static final List<String> REPLICAS = List.of("routing-service-1", "routing-service-2");
    private static final int PARTITIONS = 4;
    private static final int CONVERSATIONS = 200;
    private static final int AGENTS = 20;
    private static final int LIMIT = 5;
    /** More than one, so that an agent's own claims race each other for its last slot. */
    private static final int SESSIONS_PER_AGENT = 2;
    /** Generous for a 2-core machine; the whole test is bounded by {@link Timeout} anyway. */
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    /** HTTP/1.1: no h2c upgrade attempt on every new connection. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventJson EVENTS = new EventJson();

    private static Platform platform;

    @BeforeAll
    static void startPlatform() throws IOException {
        // The limit is set, not left to the default, so that this test's arithmetic stays right.
        Map<String, String> env = Map.of("ROUTING_DEFAULT_MAX_CHATS_PER_AGENT", Integer.toString(LIMIT));
        Platform.Builder builder = Platform.builder().topic(Topics.HANDOFF_REQUESTS, PARTITIONS);
        REPLICAS.forEach(replica -> builder.service(replica, ROUTING, env));
        platform = builder.start();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    /** One answer to a claim, and how long it took. */
    private record Claim(
            String agent,
            String conversationId,
            String replica,
            boolean repeat,
            int status,
            String contentType,
            JsonNode body,
            long nanos) {

        boolean won() {
            return status == 200 && !body.path("alreadyHeld").asBoolean(true);
        }

        @Override
        public String toString() {
            return agent + (repeat ? " repeated " : " claimed ") + conversationId + " on " + replica + ": " + status
                    + " " + contentType + " " + body;
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyConversationHasAtMostOneHolderAcrossReplicasAndNoAgentPassesItsLimit() throws Exception {
        awaitBothReplicasConsumeHandoffRequests();
        String tenant = "t-" + UUID.randomUUID();
        List<String> conversations = IntStream.range(0, CONVERSATIONS)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();
        publishHandoffs(tenant, conversations);
        String viewer = TestTokens.agent("viewer", tenant, "agent");
        for (String replica : REPLICAS) {
            await(replica + " queues all " + CONVERSATIONS)
                    .atMost(EVENTUALLY)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> waitingIn(replica, viewer), ids -> ids.equals(Set.copyOf(conversations)));
        }

        long started = System.nanoTime();
        List<Claim> claims = claimAllAtOnce(tenant, conversations);
        long claimingMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        report(claims, claimingMillis);

        Map<String, String> winners = assertAnswersAgree(claims);
        Map<String, Long> chatsPerAgent = winners.values().stream().collect(groupingBy(a -> a, counting()));
        assertThat(chatsPerAgent.values())
                .as("chats per agent")
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(LIMIT));
        assertThat(winners).as("assigned conversations").hasSize(Math.min(CONVERSATIONS, AGENTS * LIMIT));

        assertDatabaseAgrees(tenant, conversations, winners, chatsPerAgent);
        assertOneAssignedEventPerWinner(tenant, winners);
    }

    /**
     * Both replicas hold partitions of the requests topic (one consumer each, in the group {@code routing-service-handoff-requests}),
     * so that the handoffs published next are really queued by both.
     */
    private static void awaitBothReplicasConsumeHandoffRequests() {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            Map<String, Set<Integer>> partitionsByMember = await("both replicas consume " + Topics.HANDOFF_REQUESTS)
                    .atMost(EVENTUALLY)
                    .pollInterval(Duration.ofMillis(500))
                    // the group exists only once a replica's consumer has joined it
                    .ignoreExceptionsMatching(e -> e.getCause() instanceof GroupIdNotFoundException)
                    .until(
                            () -> requestPartitionsByMember(admin),
                            byMember -> byMember.size() == REPLICAS.size()
                                    && byMember.values().stream()
                                                    .mapToInt(Set::size)
                                                    .sum()
                                            == PARTITIONS);
            LOG.info("partitions of " + Topics.HANDOFF_REQUESTS + " by group member: " + partitionsByMember);
        }
    }

    private static Map<String, Set<Integer>> requestPartitionsByMember(Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(REQUESTS_GROUP))
                .describedGroups()
                .get(REQUESTS_GROUP)
                .get(10, TimeUnit.SECONDS);
        Map<String, Set<Integer>> byMember = new HashMap<>();
        for (MemberDescription member : group.members()) {
            Set<Integer> partitions = member.assignment().topicPartitions().stream()
                    .filter(tp -> tp.topic().equals(Topics.HANDOFF_REQUESTS))
                    .map(TopicPartition::partition)
                    .collect(toSet());
            if (!partitions.isEmpty()) {
                byMember.put(member.consumerId(), partitions);
            }
        }
        return byMember;
    }

    /** What a bot's handoff puts on the topic: keyed by conversation id, the one JSON mapping of events. */
    private static void publishHandoffs(String tenant, List<String> conversations) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        platform.kafkaBootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            Set<Integer> partitions = new HashSet<>();
            for (String id : conversations) {
                HandoffRequested event = new HandoffRequested(
                        UUID.randomUUID(),
                        Instant.now(),
                        TenantId.of(tenant),
                        ConversationId.of(id),
                        BotId.of("load-bot"),
                        new VisitorInfo("Visitor " + id, null, null, null),
                        List.of(new HistoryEntry(Sender.VISITOR, "A human, please", null)),
                        "en",
                        null,
                        0,
                        "e2e");
                sent.add(
                        producer.send(new ProducerRecord<>(Topics.HANDOFF_REQUESTS, event.key(), EVENTS.write(event))));
            }
            producer.flush();
            for (Future<RecordMetadata> metadata : sent) {
                partitions.add(metadata.get(30, TimeUnit.SECONDS).partition());
            }
            assertThat(partitions).as("partitions the handoffs went to").hasSizeGreaterThan(1);
        }
    }

    /**
     * Every agent claims every conversation, in its own order, through {@value #SESSIONS_PER_AGENT} sessions at
     * once (say, browser tabs) that split that order between them; each request goes to a replica picked at
     * random. All sessions start together. A won conversation is claimed once more at the other replica: the
     * holder's repeat.
     */
    private static List<Claim> claimAllAtOnce(String tenant, List<String> conversations) throws Exception {
        ConcurrentLinkedQueue<Claim> claims = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AGENTS * SESSIONS_PER_AGENT);
        try {
            List<Future<?>> sessions = new ArrayList<>();
            for (int a = 0; a < AGENTS; a++) {
                String agent = String.format("agent-%02d", a);
                String token = TestTokens.agent(agent, tenant, "agent");
                List<String> order = new ArrayList<>(conversations);
                Collections.shuffle(order, new Random(a));
                for (int s = 0; s < SESSIONS_PER_AGENT; s++) {
                    int session = s;
                    List<String> share = IntStream.range(0, order.size())
                            .filter(i -> i % SESSIONS_PER_AGENT == session)
                            .mapToObj(order::get)
                            .toList();
                    Random replicas = new Random(1000L * a + s);
                    sessions.add(pool.submit(() -> {
                        start.await();
                        for (String id : share) {
                            int replica = replicas.nextInt(REPLICAS.size());
                            Claim claim = claim(agent, token, id, replica, false);
                            claims.add(claim);
                            if (claim.won()) {
                                claims.add(claim(agent, token, id, (replica + 1) % REPLICAS.size(), true));
                            }
                        }
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> session : sessions) {
                session.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(claims);
    }

    private static Claim claim(String agent, String token, String conversationId, int replica, boolean repeat)
            throws IOException, InterruptedException {
        String name = REPLICAS.get(replica);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(platform.url(name) + "/api/v1/queue/" + conversationId + "/claim"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        long before = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - before;
        JsonNode body;
        try {
            body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            body = JSON.getNodeFactory().textNode(response.body());
        }
        return new Claim(
                agent,
                conversationId,
                name,
                repeat,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                body,
                nanos);
    }

    /**
     * @return the winner of each conversation won, after checking that every answer fits that one winner: a single
     *         200 per conversation, the holder's repeat answered {@code alreadyHeld}, every 409 {@code already-claimed}
     *         naming the winner, every 422 {@code at-capacity} with the limit, nothing else
     */
    private static Map<String, String> assertAnswersAgree(List<Claim> claims) {
        Map<String, List<String>> winnersByConversation = new HashMap<>();
        claims.stream()
                .filter(Claim::won)
                .forEach(c -> winnersByConversation
                        .computeIfAbsent(c.conversationId(), k -> new ArrayList<>())
                        .add(c.agent()));
        assertThat(winnersByConversation)
                .as("conversations won by more than one claim")
                .allSatisfy((id, agents) -> assertThat(agents).as(id).hasSize(1));
        Map<String, String> winners = new HashMap<>();
        winnersByConversation.forEach((id, agents) -> winners.put(id, agents.get(0)));

        List<Claim> wrong = new ArrayList<>();
        for (Claim claim : claims) {
            String winner = winners.get(claim.conversationId());
            JsonNode body = claim.body();
            boolean fits = switch (claim.status()) {
                case 200 ->
                    body.path("conversationId").asText().equals(claim.conversationId())
                            && body.path("agentId").asText().equals(claim.agent())
                            && body.path("alreadyHeld").isBoolean()
                            && body.path("alreadyHeld").asBoolean() == claim.repeat();
                case 409 ->
                    isProblem(claim, "already-claimed")
                            && winner != null
                            && !winner.equals(claim.agent())
                            && body.path("heldBy").asText().equals(winner);
                case 422 ->
                    isProblem(claim, "at-capacity") && body.path("maxChats").asInt() == LIMIT;
                default -> false;
            };
            if (!fits || (claim.repeat() && claim.status() != 200)) {
                wrong.add(claim);
            }
        }
        assertThat(wrong)
                .as("answers that do not fit one winner per conversation and a limit of " + LIMIT)
                .isEmpty();
        assertThat(claims.stream().filter(Claim::repeat).count())
                .as("holders' repeated claims")
                .isEqualTo(winners.size());
        return winners;
    }

    private static boolean isProblem(Claim claim, String kind) {
        return claim.contentType().startsWith("application/problem+json")
                && claim.body().path("type").asText().equals("urn:handoff:problem:" + kind)
                && claim.body().path("status").asInt() == claim.status()
                && claim.body().path("conversationId").asText().equals(claim.conversationId());
    }

    /** The tables both replicas wrote: each conversation's one row and each agent's load. */
    private static void assertDatabaseAgrees(
            String tenant, List<String> conversations, Map<String, String> winners, Map<String, Long> chatsPerAgent)
            throws SQLException {
        Map<String, String> statuses = new HashMap<>();
        Map<String, String> holders = new HashMap<>();
        Map<String, Long> activeChats = new HashMap<>();
        try (Connection db = platform.openDatabase()) {
            query(
                    db,
                    "select conversation_id, status, assignee from routing.queue_entry where tenant_id = ?",
                    tenant,
                    rs -> {
                        statuses.put(rs.getString(1), rs.getString(2));
                        if (rs.getString(3) != null) {
                            holders.put(rs.getString(1), rs.getString(3));
                        }
                    });
            query(
                    db,
                    "select agent_id, active_chats from routing.agent_load where tenant_id = ? and active_chats > 0",
                    tenant,
                    rs -> activeChats.put(rs.getString(1), rs.getLong(2)));
        }
        assertThat(statuses.keySet())
                .as("queue entries: no handoff lost, none invented")
                .containsExactlyInAnyOrderElementsOf(conversations);
        Map<String, Long> byStatus = statuses.values().stream().collect(groupingBy(s -> s, counting()));
        assertThat(byStatus)
                .as("entries by status (assigned + waiting = all)")
                .isEqualTo(
                        Map.of("ASSIGNED", (long) winners.size(), "WAITING", (long) (CONVERSATIONS - winners.size())));
        assertThat(holders).as("queue_entry.assignee against the answers").isEqualTo(winners);
        assertThat(activeChats)
                .as("agent_load.active_chats against the answers")
                .isEqualTo(chatsPerAgent);
    }

    /**
     * Once both replicas' outbox is empty every committed event is on the topic: read it from the beginning to
     * its end and count each conversation's {@code Assigned} events (by event id: a relay retry may repeat a
     * record, never invent an event).
     */
    private static void assertOneAssignedEventPerWinner(String tenant, Map<String, String> winners)
            throws SQLException {
        await("the routing outbox is relayed")
                .atMost(EVENTUALLY)
                .pollInterval(Duration.ofMillis(250))
                .until(TwoRoutingReplicasIT::outboxBacklog, n -> n == 0);
        Map<String, Map<UUID, String>> assigned = new HashMap<>();
        int records = 0;
        for (ConsumerRecord<String, String> record :
                LifecycleTopic.readToEnd(platform.kafkaBootstrapServers(), EVENTUALLY)) {
            IntegrationEvent event = EVENTS.read(record.value());
            if (event instanceof Assigned a && a.tenantId().value().equals(tenant)) {
                records++;
                assigned.computeIfAbsent(a.conversationId().value(), k -> new HashMap<>())
                        .put(a.eventId(), a.agentId().value());
            }
        }
        LOG.infof("%d Assigned record(s) for %d conversation(s)", records, assigned.size());
        assertThat(assigned.keySet()).as("conversations with an Assigned event").isEqualTo(winners.keySet());
        assertThat(assigned)
                .as("Assigned events per conversation: exactly one, for the winner")
                .allSatisfy((id, events) -> assertThat(events.values()).as(id).containsExactly(winners.get(id)));
    }

    private static long outboxBacklog() throws SQLException {
        try (Connection db = platform.openDatabase();
                PreparedStatement count = db.prepareStatement("select count(*) from routing.outbox_message");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> waitingIn(String replica, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.url(replica) + "/api/v1/queue"))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("GET /api/v1/queue on %s: %s", replica, response.body())
                .isEqualTo(200);
        Set<String> ids = new HashSet<>();
        JSON.readTree(response.body())
                .forEach(entry -> ids.add(entry.path("conversationId").asText()));
        return ids;
    }

    /** Latency of every claim (wins, refusals and repeats) and of the winning ones, in milliseconds. */
    private static void report(List<Claim> claims, long claimingMillis) {
        Histogram all = Latencies.micros();
        Histogram won = Latencies.micros();
        for (Claim claim : claims) {
            long micros = TimeUnit.NANOSECONDS.toMicros(claim.nanos());
            all.recordValue(micros);
            if (claim.won()) {
                won.recordValue(micros);
            }
        }
        Map<Integer, Long> byStatus = claims.stream().collect(groupingBy(Claim::status, counting()));
        LOG.infof(
                "%d claims by %d agents (%d sessions each) on %d replicas in %d ms," + " by status %s",
                claims.size(), AGENTS, SESSIONS_PER_AGENT, REPLICAS.size(), claimingMillis, byStatus);
        LOG.info("claim latency, all claims:     " + Latencies.percentiles(all));
        LOG.info("claim latency, winning claims: " + Latencies.percentiles(won));
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection db, String sql, String tenant, Row row) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, tenant);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
