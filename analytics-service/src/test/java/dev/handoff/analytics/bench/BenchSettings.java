package dev.handoff.analytics.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The benchmark's size and load, from system properties (failsafe and surefire pass {@code -D} on): the defaults
 * are the short variant {@code ./mvnw verify} runs; docs/benchmarks.md has the command of the full one.
 *
 * @param conversations chats generated in one tenant
 * @param messagesPerChat messages per chat on average, over all chats (accepted ones carry them all)
 * @param days the span the chats start in, ending at {@code end}; queries always cover the year before {@code end}
 * @param queryRate requests per second of each query, sent on schedule whatever the answers take (open loop)
 * @param queriesPerKind how many of each query
 * @param ingestRate events per second sent to Kafka in the ingest phase
 * @param ingestSeconds how long the ingest phase sends
 * @param assertLatency fail when a p99 misses its target (the full run); the short run reports them only
 */
record BenchSettings(
        int conversations,
        int messagesPerChat,
        int days,
        int agents,
        double queryRate,
        int queriesPerKind,
        int ingestRate,
        int ingestSeconds,
        boolean assertLatency,
        long seed,
        Instant end) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                integer("bench.conversations", 4000),
                integer("bench.messagesPerChat", 20),
                integer("bench.days", 21),
                integer("bench.agents", 50),
                Double.parseDouble(System.getProperty("bench.queryRate", "10")),
                integer("bench.queriesPerKind", 6),
                integer("bench.ingestRate", 500),
                integer("bench.ingestSeconds", 6),
                Boolean.getBoolean("bench.assertLatency"),
                Long.getLong("bench.seed", 19L),
                Instant.parse(System.getProperty("bench.end", "2026-01-01T00:00:00Z"))
                        .truncatedTo(ChronoUnit.DAYS));
    }

    Instant start() {
        return end.minus(days, ChronoUnit.DAYS);
    }

    Instant yearAgo() {
        return end.minus(365, ChronoUnit.DAYS);
    }

    private static int integer(String name, int defaultValue) {
        return Integer.getInteger(name, defaultValue);
    }
}
