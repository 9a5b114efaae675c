package dev.handoff.e2e;

import dev.handoff.shared.event.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the lifecycle topic the way the e2e checks need it: every partition, no consumer group. */
final class LifecycleTopic {
    private LifecycleTopic() {}

    /** A consumer assigned to every partition of the lifecycle topic; the caller closes it. */
    static KafkaConsumer<String, String> assignedConsumer(String bootstrapServers) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.assign(consumer.partitionsFor(Topics.CONVERSATION_LIFECYCLE, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList());
        return consumer;
    }

    /** Every record from the beginning to the end the topic has now; fails after {@code within}. */
    static List<ConsumerRecord<String, String>> readToEnd(String bootstrapServers, Duration within) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = assignedConsumer(bootstrapServers)) {
            List<TopicPartition> partitions = List.copyOf(consumer.assignment());
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + within.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("could not read " + Topics.CONVERSATION_LIFECYCLE + " to its end " + end
                            + " within " + within + ", got " + records.size() + " record(s)");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
