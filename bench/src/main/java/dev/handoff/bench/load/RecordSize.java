package dev.handoff.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** The size of the newest record of a topic (key and value): the floor runs with the size our messages have. */
final class RecordSize {
    private RecordSize() {}

    static OptionalInt newest(String bootstrap, String topic) {
        Map<String, Object> settings = Map.of(
                "bootstrap.servers",
                bootstrap,
                "enable.auto.commit",
                false,
                "key.deserializer",
                ByteArrayDeserializer.class,
                "value.deserializer",
                ByteArrayDeserializer.class);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            ends.forEach((partition, end) -> consumer.seek(partition, Math.max(0, end - 1)));
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < until) {
                for (ConsumerRecord<byte[], byte[]> last : consumer.poll(Duration.ofMillis(500))) {
                    return OptionalInt.of(
                            Math.max(0, last.serializedKeySize()) + Math.max(0, last.serializedValueSize()));
                }
            }
            return OptionalInt.empty();
        }
    }
}
