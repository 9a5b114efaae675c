package dev.handoff.e2e;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.PresenceStatus;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Handoff-to-assignment latency under AUTO (issue 4, point 7). {@code bench.replicas} routing-service processes
 * share PostgreSQL and the consumer group; one tenant is set to AUTO, {@code bench.agents} agents report
 * themselves ONLINE on {@code agent.presence.v1}, and {@code bench.handoffs} {@code HandoffRequested} records are
 * published at {@code bench.rate} per second. Each latency runs from the handoff's timestamp (its
 * {@code occurredAt}, also the record's timestamp) to the moment this test reads the {@code Assigned} event from
 * {@code conversation.lifecycle.v1}; the time to routing's commit ({@code Assigned.occurredAt}) and to
 * {@code Queued} are reported beside it. Every assigned chat is completed ({@code Completed}) after about
 * {@code bench.holdMillis}, so capacity frees up as it would with real agents.
 *
 * <p>Only correctness is asserted, never latency: every handoff is assigned exactly once (one {@code Assigned}
 * event per conversation, by event id, method AUTO, to one of the agents), per agent the chats' hold intervals
 * (routing's {@code assigned_at}..{@code ended_at}) never overlap more than {@code bench.maxChats} deep, and in
 * the end every chat ended and every {@code agent_load.active_chats} is back at 0. The histograms are logged.
 *
 * <p>Defaults (300 handoffs at 10/s, 20 agents with 5 chats, 2 s chats, 2 replicas) keep it near a minute
 * for CI; deploy/e2e/README.md shows how to run it bigger.
 */
class AutoAssignmentBenchmarkIT {
    private static final Logger LOG = Logger.getLogger(AutoAssignmentBenchmarkIT.class);

    private static final String ROUTING = "routing-service";
    /** The consumer group of routing-service's handoff-requests channel (one group per channel). */
    private static final String REQUESTS_GROUP = "routing-service-handoff-requests";

    private static final int HANDOFFS = Integer.getInteger("bench.handoffs", 300);
    /**
     * Handoffs sent first, at the same rate, and left out of the histograms: the JVMs are cold. The measured load
     * starts once they are all assigned and nothing waits.
     */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 50);

    private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "10"));
    private static final int AGENTS = Integer.getInteger("bench.agents", 20);
    private static final int MAX_CHATS = Integer.getInteger("bench.maxChats", 5);
    private static final long HOLD_MILLIS = Long.getLong("bench.holdMillis", 2000);
    private static final int REPLICAS = Integer.getInteger("bench.replicas", 2);
    private static final int PARTITIONS = Integer.getInteger("bench.partitions", 4);
    /** Where to write one line per handoff (its timings), if anywhere. */
    private static final String CSV = System.getProperty("bench.csv", "");
    /** How long everything may take beyond publishing the load. */
    private static final Duration SLACK = Duration.ofSeconds(Long.getLong("bench.slackSeconds", 90));

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final EventJson EVENTS = new EventJson();

    private static Platform platform;
    private static List<String> replicas;

    /** What the test saw of one conversation, by wall clock. */
    private static final class Seen {
        volatile Instant handedOff;
        volatile Instant queuedRead;
        volatile Instant queuedCommitted;
        volatile Instant assignedRead;
        volatile Assigned assigned;
    }

    @BeforeAll
    static void startPlatform() throws IOException {
        replicas = IntStream.rangeClosed(1, REPLICAS)
                .mapToObj(i -> ROUTING + "-" + i)
                .toList();
        Map<String, String> env = Map.of("ROUTING_DEFAULT_MAX_CHATS_PER_AGENT", Integer.toString(MAX_CHATS));
        Platform.Builder builder = Platform.builder()
                .topic(Topics.HANDOFF_REQUESTS, PARTITIONS)
                .topic(Topics.CONVERSATION_LIFECYCLE, PARTITIONS);
        replicas.forEach(replica -> builder.service(replica, ROUTING, env));
        platform = builder.start();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void everyHandoffIsAssignedOnceWithinCapacityAndTheLatencyIsReported() throws Exception {
        if (HOLD_MILLIS <= 0) {
            assertThat(HANDOFFS)
                    .as("without chats ending, handoffs must fit the agents' slots")
                    .isLessThanOrEqualTo(AGENTS * MAX_CHATS);
        }
        String tenant = "bench-" + UUID.randomUUID();
        List<String> agents = IntStream.range(0, AGENTS)
                .mapToObj(i -> String.format("agent-%02d", i))
                .toList();
        Map<String, Seen> seen = new ConcurrentHashMap<>();
        List<String> conversations = IntStream.range(0, WARMUP + HANDOFFS)
                .mapToObj(i -> tenant + "-" + i)
                .toList();
        conversations.forEach(id -> seen.put(id, new Seen()));

        awaitEveryReplicaConsumesHandoffRequests();
        chooseAuto(tenant);
        Duration loadTime = Duration.ofMillis((long) (conversations.size() * 1000 / RATE));
        Duration eventually = loadTime.plus(SLACK);
        try (KafkaProducer<String, String> producer = producer();
                LifecycleReader reader = new LifecycleReader(tenant, seen, producer)) {
            reader.start();
            bringOnline(producer, tenant, agents);
            CapacitySampler sampler = new CapacitySampler(tenant);
            sampler.start();
            if (WARMUP > 0) {
                // Cold JVMs place slower than the load arrives; a backlog built then would stay (see the README).
                publishAtSteadyRate(producer, tenant, conversations.subList(0, WARMUP), seen);
                await("the warm-up is assigned and nothing waits")
                        .atMost(eventually)
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> reader.assignedCount() == WARMUP
                                && count(
                                                "select count(*) from routing.queue_entry where tenant_id = ? and status = 'WAITING'",
                                                tenant)
                                        == 0);
            }
            long started = System.nanoTime();
            publishAtSteadyRate(producer, tenant, conversations.subList(WARMUP, conversations.size()), seen);
            long publishedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            await("every handoff assigned")
                    .atMost(eventually)
                    .pollInterval(Duration.ofMillis(200))
                    .until(reader::assignedCount, n -> n == conversations.size());
            long assignedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (HOLD_MILLIS > 0) {
                await("every chat ended and every slot freed")
                        .atMost(eventually)
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> allEndedAndFree(tenant));
            }
            sampler.stop();
            await("the routing outbox is relayed")
                    .atMost(eventually)
                    .pollInterval(Duration.ofMillis(250))
                    .until(AutoAssignmentBenchmarkIT::outboxBacklog, n -> n == 0);

            List<IntegrationEvent> events = readLifecycleTopic(tenant);
            report(
                    conversations.subList(WARMUP, conversations.size()).stream()
                            .map(seen::get)
                            .toList(),
                    publishedMillis,
                    assignedMillis,
                    sampler,
                    events);
            writeCsv(conversations.stream().map(seen::get).toList());
            assertEveryHandoffAssignedOnce(events, conversations, agents);
            assertNoAgentAboveCapacity(tenant, seen);
            assertThat(sampler.maxActive())
                    .as("agent_load.active_chats sampled during the run")
                    .isLessThanOrEqualTo(MAX_CHATS);
        }
    }

    /** Each replica holds some partitions of the requests topic, so that both really take part from the start. */
    private static void awaitEveryReplicaConsumesHandoffRequests() {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            await("every replica consumes " + Topics.HANDOFF_REQUESTS)
                    .atMost(SLACK)
                    .pollInterval(Duration.ofMillis(500))
                    // the group exists only once a replica's consumer has joined it
                    .ignoreExceptionsMatching(e -> e.getCause() instanceof GroupIdNotFoundException)
                    .until(() -> membersWithRequestPartitions(admin), n -> n == Math.min(REPLICAS, PARTITIONS));
        }
    }

    private static int membersWithRequestPartitions(Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(REQUESTS_GROUP))
                .describedGroups()
                .get(REQUESTS_GROUP)
                .get(10, TimeUnit.SECONDS);
        int members = 0;
        for (MemberDescription member : group.members()) {
            if (member.assignment().topicPartitions().stream()
                    .anyMatch(tp -> tp.topic().equals(Topics.HANDOFF_REQUESTS))) {
                members++;
            }
        }
        return members;
    }

    private static void chooseAuto(String tenant) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.url(replicas.get(0)) + "/api/v1/routing/settings"))
                        .header("Authorization", "Bearer " + TestTokens.agent("sue", tenant, "supervisor"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"strategy\":\"AUTO\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("PUT settings: %s", response.body())
                .isEqualTo(200);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        platform.kafkaBootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        0),
                new StringSerializer(),
                new StringSerializer());
    }

    /** Every agent reports ONLINE (no teams: they serve every team); returns once routing's snapshot says so. */
    private static void bringOnline(KafkaProducer<String, String> producer, String tenant, List<String> agents) {
        for (String agent : agents) {
            PresenceChanged online = new PresenceChanged(
                    UUID.randomUUID(),
                    Instant.now(),
                    TenantId.of(tenant),
                    AgentId.of(agent),
                    "Agent " + agent,
                    PresenceStatus.ONLINE,
                    MAX_CHATS,
                    List.of(),
                    List.of("en"));
            producer.send(new ProducerRecord<>(Topics.AGENT_PRESENCE, online.key(), EVENTS.write(online)));
        }
        producer.flush();
        await("routing sees " + agents.size() + " agents online")
                .atMost(SLACK)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> count(
                                "select count(*) from routing.agent_presence where tenant_id = ? and status = 'ONLINE'",
                                tenant),
                        n -> n == agents.size());
    }

    /** One handoff every 1/RATE seconds from a scheduler (no sleeping in the loop); returns when all are sent. */
    private static void publishAtSteadyRate(
            KafkaProducer<String, String> producer, String tenant, List<String> conversations, Map<String, Seen> seen)
            throws InterruptedException {
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch sent = new CountDownLatch(1);
        long periodNanos = (long) (1_000_000_000L / RATE);
        ScheduledFuture<?> task = pacer.scheduleAtFixedRate(
                () -> {
                    int i = next.getAndIncrement();
                    if (i >= conversations.size()) {
                        sent.countDown();
                        return;
                    }
                    String id = conversations.get(i);
                    Instant now = Instant.now();
                    HandoffRequested handoff = new HandoffRequested(
                            UUID.randomUUID(),
                            now,
                            TenantId.of(tenant),
                            ConversationId.of(id),
                            BotId.of("bench-bot"),
                            new VisitorInfo("Visitor " + i, null, null, null),
                            List.of(new HistoryEntry(Sender.VISITOR, "A human, please", null)),
                            "en",
                            null,
                            0,
                            "benchmark");
                    seen.get(id).handedOff = now;
                    producer.send(new ProducerRecord<>(
                            Topics.HANDOFF_REQUESTS, null, now.toEpochMilli(), handoff.key(), EVENTS.write(handoff)));
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        try {
            assertThat(sent.await(
                            conversations.size() * periodNanos / 1_000_000L + SLACK.toMillis(), TimeUnit.MILLISECONDS))
                    .as("all handoffs published")
                    .isTrue();
        } finally {
            task.cancel(false);
            pacer.shutdownNow();
        }
        producer.flush();
    }

    /**
     * Reads the lifecycle topic from its end as of the start: notes when each conversation's Queued and first
     * Assigned arrive, and completes each assigned chat after about {@link #HOLD_MILLIS}, as its agent would.
     */
    private static final class LifecycleReader implements AutoCloseable {
        private final String tenant;
        private final Map<String, Seen> seen;
        private final KafkaProducer<String, String> producer;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger assigned = new AtomicInteger();
        private final ScheduledExecutorService agentsFinishing = Executors.newSingleThreadScheduledExecutor();
        private final Random holdTimes = new Random(42);
        private final Thread thread;
        private final CountDownLatch positioned = new CountDownLatch(1);

        LifecycleReader(String tenant, Map<String, Seen> seen, KafkaProducer<String, String> producer) {
            this.tenant = tenant;
            this.seen = seen;
            this.producer = producer;
            this.thread = new Thread(this::read, "bench-lifecycle-reader");
        }

        void start() throws InterruptedException {
            thread.start();
            assertThat(positioned.await(30, TimeUnit.SECONDS))
                    .as("lifecycle reader positioned")
                    .isTrue();
        }

        int assignedCount() {
            return assigned.get();
        }

        private void read() {
            try (KafkaConsumer<String, String> consumer =
                    LifecycleTopic.assignedConsumer(platform.kafkaBootstrapServers())) {
                consumer.seekToEnd(consumer.assignment());
                consumer.assignment().forEach(consumer::position);
                positioned.countDown();
                while (running.get()) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                        onRecord(record.value(), Instant.now());
                    }
                }
            }
        }

        private void onRecord(String value, Instant readAt) {
            IntegrationEvent event = EVENTS.read(value);
            if (!event.tenantId().value().equals(tenant)) {
                return;
            }
            if (event instanceof Queued q && seen.containsKey(q.conversationId().value())) {
                Seen s = seen.get(q.conversationId().value());
                if (s.queuedRead == null) {
                    s.queuedRead = readAt;
                    s.queuedCommitted = q.occurredAt();
                }
            } else if (event instanceof Assigned a
                    && seen.containsKey(a.conversationId().value())) {
                Seen s = seen.get(a.conversationId().value());
                // A record the outbox relay sent twice counts once; a second assignment is caught at the end.
                if (s.assigned == null) {
                    s.assignedRead = readAt;
                    s.assigned = a;
                    assigned.incrementAndGet();
                    finishLater(a);
                }
            }
        }

        private void finishLater(Assigned a) {
            if (HOLD_MILLIS <= 0) {
                return;
            }
            long hold = (long) (HOLD_MILLIS * (0.5 + holdTimes.nextDouble()));
            agentsFinishing.schedule(
                    () -> {
                        Completed done = new Completed(
                                UUID.randomUUID(), Instant.now(), a.tenantId(), a.conversationId(), a.agentId());
                        producer.send(
                                new ProducerRecord<>(Topics.CONVERSATION_LIFECYCLE, done.key(), EVENTS.write(done)));
                    },
                    hold,
                    TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            running.set(false);
            agentsFinishing.shutdownNow();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Samples every agent's {@code agent_load.active_chats} every 100 ms, keeping the highest. */
    private static final class CapacitySampler {
        private final String tenant;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final AtomicInteger maxActive = new AtomicInteger();
        private final AtomicInteger samples = new AtomicInteger();

        CapacitySampler(String tenant) {
            this.tenant = tenant;
        }

        void start() {
            timer.scheduleAtFixedRate(
                    () -> {
                        try {
                            maxActive.accumulateAndGet(
                                    (int) count(
                                            "select coalesce(max(active_chats), 0) from routing.agent_load where tenant_id = ?",
                                            tenant),
                                    Math::max);
                            samples.incrementAndGet();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    0,
                    100,
                    TimeUnit.MILLISECONDS);
        }

        void stop() throws InterruptedException {
            timer.shutdown();
            timer.awaitTermination(10, TimeUnit.SECONDS);
        }

        int maxActive() {
            return maxActive.get();
        }

        int samples() {
            return samples.get();
        }
    }

    private static boolean allEndedAndFree(String tenant) throws SQLException {
        return count("select count(*) from routing.queue_entry where tenant_id = ? and status <> 'ENDED'", tenant) == 0
                && count("select coalesce(sum(active_chats), 0) from routing.agent_load where tenant_id = ?", tenant)
                        == 0;
    }

    /**
     * Read from the topic's beginning once everything is relayed: each conversation has exactly one Assigned event
     * (by event id: a relay retry may repeat a record, never invent an event), AUTO, naming one of the agents.
     */
    private static void assertEveryHandoffAssignedOnce(
            List<IntegrationEvent> events, List<String> conversations, List<String> agents) {
        Map<String, Map<UUID, Assigned>> assigned = new HashMap<>();
        for (IntegrationEvent event : events) {
            if (event instanceof Assigned a) {
                assigned.computeIfAbsent(a.conversationId().value(), k -> new HashMap<>())
                        .put(a.eventId(), a);
            }
        }
        assertThat(assigned.keySet()).as("conversations with an Assigned event").isEqualTo(Set.copyOf(conversations));
        assertThat(assigned).as("Assigned events per conversation").allSatisfy((id, byId) -> {
            assertThat(byId).as(id).hasSize(1);
            Assigned a = byId.values().iterator().next();
            assertThat(a.method()).as(id).isEqualTo(AssignmentMethod.AUTO);
            assertThat(agents).as(id).contains(a.agentId().value());
        });
    }

    /**
     * Per agent, its chats' hold intervals by routing's own clock ({@code assigned_at} is taken after the slot,
     * {@code ended_at} before it is given back) never overlap deeper than the limit.
     */
    private static void assertNoAgentAboveCapacity(String tenant, Map<String, Seen> seen) throws SQLException {
        Map<String, List<Instant[]>> intervals = new HashMap<>();
        try (Connection db = platform.openDatabase();
                PreparedStatement query = db.prepareStatement(
                        "select conversation_id, assigned_at, ended_at from routing.queue_entry where tenant_id = ?")) {
            query.setString(1, tenant);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String agent = seen.get(rs.getString(1)).assigned.agentId().value();
                    Instant end = rs.getTimestamp(3) == null
                            ? Instant.MAX
                            : rs.getTimestamp(3).toInstant();
                    intervals
                            .computeIfAbsent(agent, k -> new ArrayList<>())
                            .add(new Instant[] {rs.getTimestamp(2).toInstant(), end});
                }
            }
        }
        Map<String, Integer> deepest = new HashMap<>();
        intervals.forEach((agent, held) -> deepest.put(
                agent,
                held.stream()
                        .mapToInt(at -> (int) held.stream()
                                .filter(o -> !o[0].isAfter(at[0]) && o[1].isAfter(at[0]))
                                .count())
                        .max()
                        .orElse(0)));
        LOG.info("deepest overlap of chats per agent: " + deepest);
        assertThat(deepest.values())
                .as("chats held at once per agent")
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(MAX_CHATS));
    }

    private static List<IntegrationEvent> readLifecycleTopic(String tenant) {
        return LifecycleTopic.readToEnd(platform.kafkaBootstrapServers(), SLACK).stream()
                .map(record -> EVENTS.read(record.value()))
                .filter(event -> event.tenantId().value().equals(tenant))
                .toList();
    }

    private static void report(
            List<Seen> measured,
            long publishedMillis,
            long assignedMillis,
            CapacitySampler sampler,
            List<IntegrationEvent> events) {
        Histogram delivered = Latencies.micros();
        Histogram committed = Latencies.micros();
        Histogram queued = Latencies.micros();
        Histogram queuedCommitted = Latencies.micros();
        Histogram placing = Latencies.micros();
        for (Seen s : measured) {
            delivered.recordValue(micros(s.handedOff, s.assignedRead));
            committed.recordValue(micros(s.handedOff, s.assigned.occurredAt()));
            queued.recordValue(micros(s.handedOff, s.queuedRead));
            queuedCommitted.recordValue(micros(s.handedOff, s.queuedCommitted));
            placing.recordValue(micros(s.queuedCommitted, s.assigned.occurredAt()));
        }
        Map<String, Long> perAgent =
                measured.stream().collect(groupingBy(s -> s.assigned.agentId().value(), counting()));
        LOG.infof(
                "%d handoffs (+%d warm-up) at %.1f/s to %d agents (limit %d, chats ~%d ms) on %d"
                        + " replica(s): measured load published in %d ms, all assigned after %d ms; %d capacity samples",
                HANDOFFS,
                WARMUP,
                RATE,
                AGENTS,
                MAX_CHATS,
                HOLD_MILLIS,
                REPLICAS,
                publishedMillis,
                assignedMillis,
                sampler.samples());
        LOG.info("handoff -> Assigned read from Kafka:  " + Latencies.percentiles(delivered));
        LOG.info("handoff -> Assigned committed:        " + Latencies.percentiles(committed));
        LOG.info("handoff -> Queued read from Kafka:    " + Latencies.percentiles(queued));
        LOG.info("handoff -> Queued committed:          " + Latencies.percentiles(queuedCommitted));
        LOG.info("Queued -> Assigned, both committed:   " + Latencies.percentiles(placing));
        measured.stream()
                .sorted((a, b) ->
                        Long.compare(micros(b.handedOff, b.assignedRead), micros(a.handedOff, a.assignedRead)))
                .limit(5)
                .forEach(s -> LOG.infof(
                        "slow: %s queued +%.1f ms, assigned +%.1f ms, read +%.1f ms",
                        s.assigned.conversationId().value(),
                        micros(s.handedOff, s.queuedCommitted) / 1000.0,
                        micros(s.handedOff, s.assigned.occurredAt()) / 1000.0,
                        micros(s.handedOff, s.assignedRead) / 1000.0));
        long positions = events.stream()
                .filter(QueuePositionChanged.class::isInstance)
                .map(IntegrationEvent::eventId)
                .distinct()
                .count();
        LOG.infof(
                "%d QueuePositionChanged events (%.2f per handoff)",
                positions, positions / (double) (WARMUP + HANDOFFS));
        LOG.info("assignments per agent: min "
                + perAgent.values().stream().mapToLong(n -> n).min().orElse(0) + ", max "
                + perAgent.values().stream().mapToLong(n -> n).max().orElse(0));
    }

    /** One line per handoff in publishing order: milliseconds from the first handoff to each step, and the agent. */
    private static void writeCsv(List<Seen> all) throws IOException {
        if (CSV.isBlank()) {
            return;
        }
        Instant origin = all.get(0).handedOff;
        List<String> lines = new ArrayList<>();
        lines.add("index,handed_off_ms,queued_committed_ms,assigned_committed_ms,assigned_read_ms,agent");
        for (int i = 0; i < all.size(); i++) {
            Seen s = all.get(i);
            lines.add(String.format(
                    "%d,%.1f,%.1f,%.1f,%.1f,%s",
                    i,
                    micros(origin, s.handedOff) / 1000.0,
                    micros(origin, s.queuedCommitted) / 1000.0,
                    micros(origin, s.assigned.occurredAt()) / 1000.0,
                    micros(origin, s.assignedRead) / 1000.0,
                    s.assigned.agentId().value()));
        }
        java.nio.file.Files.write(java.nio.file.Path.of(CSV), lines);
        LOG.info("timeline written to " + CSV);
    }

    private static long micros(Instant from, Instant to) {
        return from == null || to == null ? 0 : Math.max(0, from.until(to, ChronoUnit.MICROS));
    }

    private static long outboxBacklog() throws SQLException {
        return count("select count(*) from routing.outbox_message where ? is not null", "any");
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection db = platform.openDatabase();
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
