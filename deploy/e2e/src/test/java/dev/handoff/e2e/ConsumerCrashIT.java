package dev.handoff.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.ServiceProcess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A consumer killed with SIGKILL resumes within 5 s of its restart being ready, and a graceful stop leaves the group
 * at once (decision 0015). handoff-service consumes {@code chat.messages.v1} in group {@code handoff-service-messages};
 * the test publishes a message every 50 ms for a chat nobody knows, which the consumer only records in its inbox
 * ({@code handoff.processed_event}, stamped with the database's clock), so the inbox shows when each was consumed.
 * With dynamic members (or a static member that does not come back) the restarted consumer would wait for the dead
 * member's session: 45 s by default, 10 s with ours.
 */
class ConsumerCrashIT {

    private static final String HANDOFF = "handoff-service";
    private static final String GROUP = "handoff-service-messages";
    private static final Duration RESUME_BUDGET = Duration.ofSeconds(5);
    private static final EventJson EVENTS = new EventJson();

    private static Platform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = Platform.start(HANDOFF);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aConsumerKilledWithSigkillResumesWithinFiveSecondsOfBeingReadyAgain() throws Exception {
        List<UUID> sent = new CopyOnWriteArrayList<>();
        ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
        try (KafkaProducer<String, String> producer = producer()) {
            publisher.scheduleAtFixedRate(() -> sent.add(publish(producer)), 0, 50, TimeUnit.MILLISECONDS);
            await("the consumer records messages").atMost(Duration.ofSeconds(60))
                    .until(() -> countConsumed(sent) > 10);
            // One consumer per partition of the channel (partitions=3), each a static member named after the process.
            assertThat(staticMembers()).as("members of " + GROUP).containsExactlyInAnyOrder(
                    HANDOFF + "-kafka-consumer-messages-0", HANDOFF + "-kafka-consumer-messages-1",
                    HANDOFF + "-kafka-consumer-messages-2");

            ServiceProcess victim = platform.process(HANDOFF);
            victim.kill();
            Instant killed = Instant.now();
            ServiceProcess restarted = platform.restart(HANDOFF);
            Instant ready = Instant.now();

            await("messages consumed after the restart").atMost(Duration.ofSeconds(60))
                    .until(() -> firstConsumedAfter(killed) != null);
            Instant resumed = firstConsumedAfter(killed);
            Duration afterReady = Duration.between(ready, resumed);
            System.out.printf("consumer crash: killed %s, ready again after %d ms, consuming %d ms after ready%n",
                    killed, Duration.between(killed, ready).toMillis(), afterReady.toMillis());
            assertThat(afterReady).as("from ready to the first message consumed").isLessThanOrEqualTo(RESUME_BUDGET);

            publisher.shutdown();
            assertThat(publisher.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            await("every published message consumed once the dust settles").atMost(Duration.ofSeconds(60))
                    .until(() -> countConsumed(sent) == sent.size());
            assertThat(restarted.isAlive()).isTrue();
        } finally {
            publisher.shutdownNow();
        }
    }

    @Test
    void aGracefulStopLeavesTheGroupAtOnce() throws Exception {
        ServiceProcess service = platform.process(HANDOFF);
        await("a static member in " + GROUP).atMost(Duration.ofSeconds(60)).until(() -> !staticMembers().isEmpty());
        service.close();
        Instant stopped = Instant.now();
        // The session is 10 s: a member still there after 3 s has not left, it is waiting to expire.
        await("the group empty after the stop").atMost(Duration.ofSeconds(3)).until(() -> staticMembers().isEmpty());
        System.out.printf("graceful stop: group empty %d ms after the process exited%n",
                Duration.between(stopped, Instant.now()).toMillis());
        platform.restart(HANDOFF);
    }

    private static UUID publish(KafkaProducer<String, String> producer) {
        UUID eventId = UUID.randomUUID();
        ConversationId chat = ConversationId.random();
        MessagePosted message = new MessagePosted(eventId, Instant.now(), TenantId.of("crash-test"), chat,
                MessageId.of(UUID.randomUUID().toString()), Sender.AGENT, "agent-1", "Agent", "still there?", "en", null);
        producer.send(new ProducerRecord<>(Topics.CHAT_MESSAGES, message.key(), EVENTS.write(message)));
        return eventId;
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer());
    }

    private static long countConsumed(List<UUID> sent) throws Exception {
        Set<UUID> ids = Set.copyOf(sent);
        List<UUID> consumed = new ArrayList<>();
        try (Connection db = platform.openDatabase();
             PreparedStatement query = db.prepareStatement("select event_id from handoff.processed_event");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                consumed.add(rows.getObject(1, UUID.class));
            }
        }
        return consumed.stream().filter(ids::contains).count();
    }

    private static Instant firstConsumedAfter(Instant moment) throws Exception {
        try (Connection db = platform.openDatabase();
             PreparedStatement query = db.prepareStatement(
                     "select min(processed_at) from handoff.processed_event where processed_at > ?")) {
            query.setTimestamp(1, Timestamp.from(moment));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp first = row.getTimestamp(1);
                return first == null ? null : first.toInstant();
            }
        }
    }

    private static List<String> staticMembers() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).describedGroups().get(GROUP)
                    .get(10, TimeUnit.SECONDS);
            return group.members().stream().map(MemberDescription::groupInstanceId)
                    .map(id -> id.orElse("(dynamic)")).toList();
        }
    }
}
