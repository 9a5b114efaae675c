package dev.handoff.runtime.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How this replica's Kafka consumers belong to their groups (decision 0015). */
@ConfigMapping(prefix = "handoff.kafka")
public interface KafkaMembershipConfig {

    /**
     * A name that survives a restart of this replica and no other live replica uses (the pod name under Kubernetes,
     * the component name in the local stack). Set, every consumer joins as a static member and a restart takes its
     * partitions back at once; unset, members are dynamic and a crashed one holds its partitions for the session timeout.
     */
    Optional<String> instanceId();

    /** How long the broker waits for a silent member before it hands its partitions to others. */
    @WithDefault("10s")
    Duration sessionTimeout();

    /** Heartbeats per session: a third of the session at most, so one lost heartbeat is not fatal. */
    @WithDefault("2s")
    Duration heartbeatInterval();

    /** How long a graceful shutdown waits for the broker to confirm that the static members left. */
    @WithDefault("3s")
    Duration leaveTimeout();
}
