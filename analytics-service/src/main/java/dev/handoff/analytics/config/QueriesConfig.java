package dev.handoff.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Reads someone waits on (decision 0037). */
@ConfigMapping(prefix = "analytics.queries")
public interface QueriesConfig {
    /** Each statement of such a read is cancelled after this long (PostgreSQL's {@code statement_timeout}). */
    @WithDefault("10s")
    Duration statementTimeout();
}
