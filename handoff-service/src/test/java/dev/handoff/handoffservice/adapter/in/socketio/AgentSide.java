package dev.handoff.handoffservice.adapter.in.socketio;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays routing-service and agent-service on Kafka: their events, written as their outbox relays write them (topic
 * from {@link Topics}, key = conversation id, the shared {@link EventJson}, an {@code event-type} header).
 */
final class AgentSide implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final EventJson json = new EventJson();
    private final TenantId tenant;

    AgentSide(String bootstrapServers, String tenant) {
        this.tenant = TenantId.of(tenant);
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.CLIENT_ID_CONFIG, "agent-side-" + UUID.randomUUID()),
                new StringSerializer(), new StringSerializer());
    }

    /** routing-service: an agent took the chat. */
    void assign(String conversation, String agent, String displayName) {
        publish(new Assigned(UUID.randomUUID(), Instant.now(), tenant, ConversationId.of(conversation),
                AgentId.of(agent), displayName, AssignmentMethod.CLAIM));
    }

    /** agent-service: the agent writes, with a translation into the visitor's language or null. */
    void say(String conversation, String agent, String text, Translation translation) {
        publish(new MessagePosted(UUID.randomUUID(), Instant.now(), tenant, ConversationId.of(conversation),
                MessageId.of(UUID.randomUUID().toString()), Sender.AGENT, agent, agent, text, "en", translation));
    }

    /** agent-service: the agent completed the chat. */
    void complete(String conversation, String agent) {
        publish(new Completed(UUID.randomUUID(), Instant.now(), tenant, ConversationId.of(conversation),
                AgentId.of(agent)));
    }

    void publish(IntegrationEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.of(event), event.key(), json.write(event));
        record.headers().add("event-type", EventTypes.nameOf(event.getClass()).getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish " + event, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing " + event, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
