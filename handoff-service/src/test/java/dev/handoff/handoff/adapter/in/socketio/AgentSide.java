package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.EventTypes;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import dev.handoff.testinfra.KafkaTopics;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Plays routing-service and agent-service on Kafka: their events, written as their outbox relays write them (topic
 * from {@link Topics}, key = conversation id, the shared {@link EventJson}, an {@code event-type} header).
 */
final class AgentSide {
    private final KafkaTopics kafka;
    private final EventJson json = new EventJson();
    private final TenantId tenant;

    AgentSide(KafkaTopics kafka, String tenant) {
        this.kafka = kafka;
        this.tenant = TenantId.of(tenant);
    }

    /** routing-service: an agent took the chat. */
    void assign(String conversation, String agent, String displayName) {
        publish(new Assigned(
                UUID.randomUUID(),
                Instant.now(),
                tenant,
                ConversationId.of(conversation),
                AgentId.of(agent),
                displayName,
                AssignmentMethod.CLAIM));
    }

    /** agent-service: the agent writes, with a translation into the visitor's language or null. */
    void say(String conversation, String agent, String text, Translation translation) {
        publish(new MessagePosted(
                UUID.randomUUID(),
                Instant.now(),
                tenant,
                ConversationId.of(conversation),
                MessageId.of(UUID.randomUUID().toString()),
                Sender.AGENT,
                agent,
                agent,
                text,
                "en",
                translation));
    }

    /** agent-service: the agent completed the chat. */
    void complete(String conversation, String agent) {
        publish(new Completed(
                UUID.randomUUID(), Instant.now(), tenant, ConversationId.of(conversation), AgentId.of(agent)));
    }

    void publish(IntegrationEvent event) {
        kafka.send(
                Topics.of(event),
                event.key(),
                json.write(event),
                Map.of("event-type", EventTypes.nameOf(event.getClass())));
    }
}
