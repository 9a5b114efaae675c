package dev.handoff.handoff.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** Visitor messages sent straight to Kafka. */
@ConfigMapping(prefix = "handoff.visitor-chat")
public interface VisitorChatConfig {
    /** How long a visitor's message waits for the broker's acknowledgement before its fate is unknown. */
    @WithDefault("10s")
    @DurationMin(nanos = 1)
    Duration ackTimeout();
}
