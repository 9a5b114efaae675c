package dev.handoff.testinfra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends and reads String records (the services' one-line JSON) on the test Kafka. */
public final class KafkaTestClient implements AutoCloseable {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private KafkaProducer<String, String> producer;

    /** A client for the Kafka of {@link InfrastructureTestResource} (started if needed). */
    public KafkaTestClient() {
        this(InfrastructureTestResource.kafkaBootstrapServers());
    }

    /** @param bootstrapServers the Kafka to talk to */
    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Sends one record and waits until all in-sync replicas have it (acks=all).
     *
     * @param topic the topic (created on first use)
     * @param key   the key, may be null
     * @param value the value, usually one-line JSON
     * @return where it was written
     */
    public RecordMetadata send(String topic, String key, String value) {
        return send(topic, key, value, Map.of());
    }

    /**
     * Sends one record with headers (as a service's outbox relay writes them) and waits for all in-sync replicas.
     *
     * @param headers header names and their UTF-8 values
     * @return where it was written
     */
    public synchronized RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            bootstrapServers,
                            ProducerConfig.ACKS_CONFIG,
                            "all",
                            // Kafka 4 batches for 5 ms by default: a test sends one record and waits for it.
                            ProducerConfig.LINGER_MS_CONFIG,
                            0,
                            ProducerConfig.CLIENT_ID_CONFIG,
                            "test-producer-" + UUID.randomUUID()),
                    new StringSerializer(),
                    new StringSerializer());
        }
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
            return producer.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        }
    }

    /**
     * Reads the topic from the beginning with a fresh consumer group until enough matching records arrived.
     *
     * @param topic   the topic (it may not exist yet: it is created on subscription)
     * @param filter  which records count
     * @param count   how many are expected at least
     * @param timeout how long to wait before failing with what was seen
     * @return the matching records in the order they were read (at least {@code count})
     * @throws AssertionError when fewer arrived in time
     */
    public List<ConsumerRecord<String, String>> awaitRecords(
            String topic, Predicate<ConsumerRecord<String, String>> filter, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (matching.size() < count && System.nanoTime() < deadline) {
                // poll blocks until records arrive or 200 ms pass: this is the wait, no sleeping.
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record);
                    if (filter.test(record)) {
                        matching.add(record);
                    }
                }
            }
        }
        if (matching.size() < count) {
            throw new AssertionError("expected " + count + " matching record(s) on " + topic + " within " + timeout
                    + ", got " + matching.size() + " of " + seen.size() + " read: " + describe(seen));
        }
        return matching;
    }

    /**
     * Waits for one matching record.
     *
     * @param topic   the topic
     * @param filter  which record is wanted
     * @param timeout how long to wait
     * @return the first matching record
     */
    public ConsumerRecord<String, String> awaitRecord(
            String topic, Predicate<ConsumerRecord<String, String>> filter, Duration timeout) {
        return awaitRecords(topic, filter, 1, timeout).get(0);
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .skip(Math.max(0, records.size() - 10))
                .map(r -> r.key() + "=" + r.value())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
