package dev.handoff.routing.adapter.in.rest;

import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.KafkaTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Queues conversations the way production does, through handoff requests on Kafka, and reads what routing emits. */
final class QueueFixture implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final EventJson JSON = new EventJson();
    private final KafkaTopics kafka = new KafkaTopics();

    /**
     * Sends the handoff requests one at a time, each once routing announced the one before as queued: the topic
     * has several partitions, so requests sent together may be consumed in another order than they were sent.
     */
    void queue(String tenant, String team, List<String> conversationIds) {
        for (String id : conversationIds) {
            request(tenant, team, List.of(id));
            lifecycle(id, Queued.class::isInstance, 1);
        }
    }

    /** Sends the handoff requests, as a bot's handoff does, without waiting for routing. */
    void request(String tenant, String team, List<String> conversationIds) {
        for (String id : conversationIds) {
            HandoffRequested request = new HandoffRequested(
                    UUID.randomUUID(),
                    Instant.now(),
                    TenantId.of(tenant),
                    ConversationId.of(id),
                    BotId.of("demo-bot"),
                    VisitorInfo.anonymous(),
                    List.of(),
                    "en",
                    team == null ? null : TeamId.of(team),
                    0,
                    null);
            kafka.publish(request);
        }
    }

    /** Every lifecycle event that matches, from the topic's beginning to its end as of now; each event once. */
    List<IntegrationEvent> lifecycleSoFar(Predicate<IntegrationEvent> filter) {
        List<IntegrationEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        InfrastructureTestResource.kafkaBootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CONVERSATION_LIFECYCLE, WAIT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, WAIT);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    IntegrationEvent event;
                    try {
                        event = JSON.read(r.value());
                    } catch (RuntimeException malformed) {
                        continue; // some tests send malformed records on purpose
                    }
                    if (filter.test(event)
                            && events.stream().noneMatch(e -> e.eventId().equals(event.eventId()))) {
                        events.add(event);
                    }
                }
            }
        }
        return events;
    }

    /**
     * The first {@code count} lifecycle events of a conversation that match. A record the outbox relay sent again
     * (at-least-once: its pass failed after sending) counts once, by event id.
     */
    List<IntegrationEvent> lifecycle(String conversationId, Predicate<IntegrationEvent> filter, int count) {
        Set<UUID> seen = new HashSet<>();
        return kafka
                .awaitRecords(
                        Topics.CONVERSATION_LIFECYCLE,
                        r -> {
                            if (!conversationId.equals(r.key())) {
                                return false;
                            }
                            IntegrationEvent event = JSON.read(r.value());
                            return filter.test(event) && seen.add(event.eventId());
                        },
                        count,
                        WAIT)
                .stream()
                .map(ConsumerRecord::value)
                .map(JSON::read)
                .toList();
    }

    /** Reports an agent's presence as agent-service would, made at {@code at}; returns the report. */
    PresenceChanged presence(String tenant, String agent, PresenceStatus status, Instant at, String... teams) {
        PresenceChanged event = new PresenceChanged(
                UUID.randomUUID(),
                at,
                TenantId.of(tenant),
                AgentId.of(agent),
                "Agent " + agent,
                status,
                3,
                Arrays.stream(teams).map(TeamId::of).toList(),
                List.of("en"));
        publish(event);
        return event;
    }

    /** An agent of the tenant online now, with room, once routing has recorded it: waits have a number. */
    void agentOnline(String tenant, String agent, String... teams) {
        RoutingDatabase.awaitConsumed(presence(tenant, agent, PresenceStatus.ONLINE, Instant.now(), teams)
                .eventId());
    }

    /** Sends a record as it is, such as a golden file. */
    void publishRaw(String topic, String key, String payload) {
        kafka.send(topic, key, payload);
    }

    void publish(IntegrationEvent event) {
        kafka.publish(event);
    }

    @Override
    public void close() {
        kafka.close();
    }
}
