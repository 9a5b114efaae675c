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
import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.KafkaTestClient;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Queues conversations the way production does, through handoff requests on Kafka, and reads what routing emits. */
final class QueueFixture implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final EventJson JSON = new EventJson();
    private final KafkaTestClient kafka = new KafkaTestClient(InfrastructureTestResource.kafkaBootstrapServers());

    /** Sends the handoff requests and returns once routing announced each as queued. */
    void queue(String tenant, String team, List<String> conversationIds) {
        for (String id : conversationIds) {
            HandoffRequested request = new HandoffRequested(UUID.randomUUID(), Instant.now(), TenantId.of(tenant),
                    ConversationId.of(id), BotId.of("demo-bot"), VisitorInfo.anonymous(), List.of(), "en",
                    team == null ? null : TeamId.of(team), 0, null);
            kafka.send(Topics.HANDOFF_REQUESTS, request.key(), JSON.write(request));
        }
        for (String id : conversationIds) {
            lifecycle(id, Queued.class::isInstance, 1);
        }
    }

    /** The first {@code count} lifecycle events of a conversation that match. */
    List<IntegrationEvent> lifecycle(String conversationId, Predicate<IntegrationEvent> filter, int count) {
        return kafka.awaitRecords(Topics.CONVERSATION_LIFECYCLE,
                        r -> conversationId.equals(r.key()) && filter.test(JSON.read(r.value())), count, WAIT)
                .stream().map(ConsumerRecord::value).map(JSON::read).toList();
    }

    /** Reports an agent's presence as agent-service would, made at {@code at}; returns the report. */
    PresenceChanged presence(String tenant, String agent, PresenceStatus status, Instant at, String... teams) {
        PresenceChanged event = new PresenceChanged(UUID.randomUUID(), at, TenantId.of(tenant), AgentId.of(agent),
                "Agent " + agent, status, 3, Arrays.stream(teams).map(TeamId::of).toList(), List.of("en"));
        publish(event);
        return event;
    }

    /** Sends a record as it is, such as a golden file. */
    void publishRaw(String topic, String key, String payload) {
        kafka.send(topic, key, payload);
    }

    void publish(IntegrationEvent event) {
        kafka.send(Topics.of(event), event.key(), JSON.write(event));
    }

    @Override
    public void close() {
        kafka.close();
    }
}
