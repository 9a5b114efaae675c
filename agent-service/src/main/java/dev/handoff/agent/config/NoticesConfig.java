package dev.handoff.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** Per-agent notices kept for a resume and announced to every replica; the intervals are read by the jobs. */
@ConfigMapping(prefix = "agent.notices")
public interface NoticesConfig {
    /** Notices are kept at most this long... */
    @WithDefault("15m")
    Duration retention();

    /** ...and at most this many per agent. */
    @WithDefault("500")
    @Min(1)
    int maxPerAgent();

    @WithDefault("1m")
    Duration pruneInterval();

    /** The PostgreSQL channel announcing committed notices to every replica. */
    String channel();

    /** How often the sweep repairs lost announcements. */
    @WithDefault("5s")
    Duration sweepInterval();
}
