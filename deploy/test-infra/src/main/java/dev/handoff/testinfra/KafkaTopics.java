package dev.handoff.testinfra;

import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.json.EventJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test Kafka for one test class: {@code @RegisterExtension static final KafkaTopics kafka = new KafkaTopics();}
 * connects on first use to the broker of {@link InfrastructureTestResource} and closes after the class's last test.
 * It sends and reads raw records, and publishes and awaits the integration events in their golden JSON form. A test
 * fixture that outlives no test may own one instead and close it itself.
 */
public final class KafkaTopics implements AfterAllCallback, AutoCloseable {
    /** How long an await waits by default: generous, because a loaded 2-core machine runs the whole build. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    private static final EventJson JSON = new EventJson();

    private KafkaTestClient client;

    /** Creates the client when a test first needs it, so the broker is the one the Quarkus application uses. */
    private synchronized KafkaTestClient client() {
        if (client == null) {
            client = new KafkaTestClient(InfrastructureTestResource.kafkaBootstrapServers());
        }
        return client;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Closes the producer; a later call connects again. */
    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    /** Sends one record and waits for all in-sync replicas (acks=all); see {@link KafkaTestClient#send}. */
    public RecordMetadata send(String topic, String key, String value) {
        return client().send(topic, key, value);
    }

    /** Sends one record with headers (as a service's outbox relay writes them) and waits for all in-sync replicas. */
    public RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
        return client().send(topic, key, value, headers);
    }

    /** Publishes an event as the services do: on its topic, keyed by its conversation (or agent), as its JSON. */
    public RecordMetadata publish(IntegrationEvent event) {
        return send(Topics.of(event), event.key(), JSON.write(event));
    }

    /** Reads {@code topic} from the start until {@code count} records match; see {@link KafkaTestClient#awaitRecords}. */
    public List<ConsumerRecord<String, String>> awaitRecords(
            String topic, Predicate<ConsumerRecord<String, String>> filter, int count, Duration timeout) {
        return client().awaitRecords(topic, filter, count, timeout);
    }

    /** The first record of {@code topic} that matches. */
    public ConsumerRecord<String, String> awaitRecord(
            String topic, Predicate<ConsumerRecord<String, String>> filter, Duration timeout) {
        return client().awaitRecord(topic, filter, timeout);
    }

    /**
     * The first {@code count} events of {@code type} under {@code key} (a conversation or agent id) that {@code wanted}
     * accepts, read from the type's topic in the order it holds them.
     *
     * @throws AssertionError when fewer arrived within {@code timeout}
     */
    public <T extends IntegrationEvent> List<T> awaitEvents(
            Class<T> type, String key, Predicate<? super T> wanted, int count, Duration timeout) {
        return awaitRecords(Topics.ofType(type), r -> key.equals(r.key()) && matches(r, type, wanted), count, timeout)
                .stream()
                .map(r -> type.cast(JSON.read(r.value())))
                .toList();
    }

    /** The first event of {@code type} under {@code key} that {@code wanted} accepts, within {@code timeout}. */
    public <T extends IntegrationEvent> T awaitEvent(
            Class<T> type, String key, Predicate<? super T> wanted, Duration timeout) {
        return awaitEvents(type, key, wanted, 1, timeout).get(0);
    }

    /** The first event of {@code type} under {@code key} that {@code wanted} accepts, within {@link #WAIT}. */
    public <T extends IntegrationEvent> T awaitEvent(Class<T> type, String key, Predicate<? super T> wanted) {
        return awaitEvent(type, key, wanted, WAIT);
    }

    /** The first event of {@code type} under {@code key}, within {@link #WAIT}. */
    public <T extends IntegrationEvent> T awaitEvent(Class<T> type, String key) {
        return awaitEvent(type, key, e -> true);
    }

    /** The event a record holds, read as its golden JSON. */
    public static IntegrationEvent event(ConsumerRecord<String, String> record) {
        return JSON.read(record.value());
    }

    private static <T extends IntegrationEvent> boolean matches(
            ConsumerRecord<String, String> record, Class<T> type, Predicate<? super T> wanted) {
        IntegrationEvent event;
        try {
            event = JSON.read(record.value());
        } catch (RuntimeException notAnEvent) {
            // A poison record another test sent under the same key is not the awaited event; a wrong event of ours
            // still fails the await, which lists the records it read.
            return false;
        }
        return type.isInstance(event) && wanted.test(type.cast(event));
    }
}
