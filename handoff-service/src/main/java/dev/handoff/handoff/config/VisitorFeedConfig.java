package dev.handoff.handoff.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The visitor feed's news between replicas; the retry interval is read by the scheduled job itself. */
@ConfigMapping(prefix = "handoff.visitor-feed")
public interface VisitorFeedConfig {
    /** The PostgreSQL channel on which every replica hears of feed news. */
    String channel();

    /** How often stalled feeds are tried again. */
    @WithDefault("5s")
    Duration retryInterval();
}
