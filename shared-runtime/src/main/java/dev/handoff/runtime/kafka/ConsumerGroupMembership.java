package dev.handoff.runtime.kafka;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * Gives every Kafka consumer of this replica its group membership (decision 0015): a short session with fast
 * heartbeats, and, when the replica has a stable identity, a static {@code group.instance.id} so that a restart
 * after a crash takes the partitions back at once instead of waiting for the dead member's session to expire.
 * Producers pass through unchanged.
 */
@ApplicationScoped
public class ConsumerGroupMembership implements ClientCustomizer<Map<String, Object>> {
    private final KafkaMembershipConfig config;
    private final Map<String, Set<String>> staticMembers = new ConcurrentHashMap<>();

    public ConsumerGroupMembership(KafkaMembershipConfig config) {
        this.config = config;
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> client) {
        Object group = client.get(ConsumerConfig.GROUP_ID_CONFIG);
        if (group == null || !client.containsKey(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG)) {
            return client; // a producer or an admin client: no group to join
        }
        client.putIfAbsent(
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
                Long.toString(config.sessionTimeout().toMillis()));
        client.putIfAbsent(
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                Long.toString(config.heartbeatInterval().toMillis()));
        memberName(config.instanceId(), client.get(ConsumerConfig.CLIENT_ID_CONFIG))
                .ifPresent(member -> {
                    client.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, member);
                    // A channel with several consumers (partitions=N) has several members in one group.
                    staticMembers
                            .computeIfAbsent(group.toString(), g -> ConcurrentHashMap.newKeySet())
                            .add(client.get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)
                                    .toString());
                });
        return client;
    }

    /**
     * The static member name: the replica's identity plus the client id, which SmallRye makes unique per consumer of
     * a channel, so two channels (or two consumers of one channel) of this replica never fence each other.
     */
    static Optional<String> memberName(Optional<String> instanceId, Object clientId) {
        return instanceId
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .map(id -> clientId == null ? id : id + "-" + clientId);
    }

    /** Group id to the static member names of this replica's consumers in it, for every consumer made so far. */
    public Map<String, Set<String>> staticMembers() {
        Map<String, Set<String>> copy = new java.util.HashMap<>();
        staticMembers.forEach((group, members) -> copy.put(group, Set.copyOf(members)));
        return copy;
    }
}
