package dev.handoff.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void producesAndConsumesAndKeepsTopicsAcrossARestart() throws Exception {
        String topic = "infra-test-" + UUID.randomUUID();
        try (KafkaBroker broker = KafkaBroker.start(dataDir, 0)) {
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + broker.port());
            send(broker.bootstrapServers(), topic, "k1", "{\"n\":1}");
            assertThat(readAll(broker.bootstrapServers(), topic, 1)).containsExactly("k1={\"n\":1}");
        }
        assertThat(dataDir.resolve("kafka.log")).isNotEmptyFile();

        try (KafkaBroker restarted = KafkaBroker.start(dataDir, 0)) {
            send(restarted.bootstrapServers(), topic, "k2", "{\"n\":2}");
            assertThat(readAll(restarted.bootstrapServers(), topic, 2))
                    .containsExactlyInAnyOrder("k1={\"n\":1}", "k2={\"n\":2}");
        }
    }

    @Test
    void aBrokerKilledWithSigkillRestartsOnItsDataAndServesAgain() throws Exception {
        String topic = "infra-crash-" + UUID.randomUUID();
        int port;
        try (KafkaBroker broker = KafkaBroker.start(dataDir, 0)) {
            port = broker.port();
            send(broker.bootstrapServers(), topic, "k1", "{\"n\":1}");
            ProcessHandle fork = ProcessHandle.of(broker.pid()).orElseThrow();
            fork.destroyForcibly();
            fork.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        long started = System.nanoTime();
        // Same port and data: the controller still has the killed incarnation registered.
        try (KafkaBroker restarted = KafkaBroker.start(dataDir, port)) {
            System.out.printf(
                    "Kafka ready %d ms after a restart following SIGKILL%n",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            send(restarted.bootstrapServers(), topic, "k2", "{\"n\":2}");
            assertThat(readAll(restarted.bootstrapServers(), topic, 2))
                    .containsExactlyInAnyOrder("k1={\"n\":1}", "k2={\"n\":2}");
        }
    }

    private static void send(String bootstrap, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        0),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Polls from the beginning with a fresh group until the expected count arrived (bounded by the deadline). */
    private static List<String> readAll(String bootstrap, String topic, int expected) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "infra-test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
        }
        return seen;
    }
}
