package dev.handoff.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/** Every consumer gets a short session; with a replica name, a static member name of its own, remembered per group. */
class ConsumerGroupMembershipTest {

    @Test
    void consumersOfOneChannelAreDistinctStaticMembersOfItsGroupAndProducersAreLeftAlone() {
        ConsumerGroupMembership membership = new ConsumerGroupMembership(config(Optional.of("handoff-service-1")));
        Map<String, Object> first = membership.customize("messages", null, consumer("kafka-consumer-messages-0"));
        membership.customize("messages", null, consumer("kafka-consumer-messages-1"));
        Map<String, Object> producer = new HashMap<>(Map.of(ProducerConfig.CLIENT_ID_CONFIG, "kafka-producer-outbox"));
        membership.customize("outbox", null, producer);

        assertThat(first)
                .containsEntry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "handoff-service-1-kafka-consumer-messages-0")
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000")
                .containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "2000");
        assertThat(membership.staticMembers()).containsOnlyKeys("handoff-service-messages");
        assertThat(membership.staticMembers().get("handoff-service-messages"))
                .isEqualTo(Set.of(
                        "handoff-service-1-kafka-consumer-messages-0", "handoff-service-1-kafka-consumer-messages-1"));
        assertThat(producer).containsOnlyKeys(ProducerConfig.CLIENT_ID_CONFIG);
    }

    @Test
    void withoutAReplicaNameMembersAreDynamic() {
        ConsumerGroupMembership membership = new ConsumerGroupMembership(config(Optional.of("  ")));
        Map<String, Object> consumer = membership.customize("messages", null, consumer("kafka-consumer-messages"));
        assertThat(consumer)
                .doesNotContainKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
        assertThat(membership.staticMembers()).isEmpty();
    }

    private static Map<String, Object> consumer(String clientId) {
        return new HashMap<>(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG,
                "handoff-service-messages",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                "org.apache.kafka.common.serialization.StringDeserializer",
                ConsumerConfig.CLIENT_ID_CONFIG,
                clientId));
    }

    private static KafkaMembershipConfig config(Optional<String> instanceId) {
        return new KafkaMembershipConfig() {
            @Override
            public Optional<String> instanceId() {
                return instanceId;
            }

            @Override
            public Duration sessionTimeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration heartbeatInterval() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration leaveTimeout() {
                return Duration.ofSeconds(3);
            }
        };
    }
}
