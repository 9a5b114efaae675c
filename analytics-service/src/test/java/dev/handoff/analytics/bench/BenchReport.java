package dev.handoff.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/** The benchmark's results as Markdown: phases, latency percentiles per query, the ingest, the plans. */
final class BenchReport {
    private final BenchSettings settings;
    private final StringBuilder phases = new StringBuilder();
    private final StringBuilder latencies = new StringBuilder();
    private final List<String> missed = new ArrayList<>();
    private final List<BenchQueries.Query> queries = new ArrayList<>();
    private final List<Histogram> histograms = new ArrayList<>();
    private final List<String> failedAnswers = new ArrayList<>();
    private String ingest = "";
    private double ingestRate;
    private double ingestLagP99Ms;
    private String plans = "";

    BenchReport(BenchSettings settings) {
        this.settings = settings;
    }

    void phase(String name, long startedNanos) {
        phases.append("| ")
                .append(name)
                .append(" | ")
                .append(seconds(System.nanoTime() - startedNanos))
                .append(" s |\n");
    }

    void latency(BenchQueries.Query query, QueryLoad.Outcome outcome) {
        Histogram us = outcome.latencies();
        queries.add(query);
        histograms.add(us);
        if (outcome.failed() > 0) {
            failedAnswers.add(query.name() + ": " + outcome.failed() + " failed answers, e.g. " + outcome.example());
        }
        latencies.append(String.format(
                "| %s | %s | %.1f | %.1f | %.1f | %.1f | %d |%n",
                query.kind(),
                query.name(),
                ms(us.getValueAtPercentile(50)),
                ms(us.getValueAtPercentile(90)),
                ms(us.getValueAtPercentile(99)),
                ms(us.getMaxValue()),
                outcome.failed()));
    }

    /** Answers other than 200 fail every run, short or full. */
    void assertAnswered() {
        assertThat(failedAnswers).as("queries with failed answers").isEmpty();
    }

    void explain(String text) {
        plans = text;
    }

    void ingest(
            BenchSettings s,
            Map<UUID, Instant> due,
            Map<UUID, Instant> processed,
            long startedNanos,
            long sentNanos,
            long doneNanos) {
        Histogram lag = new Histogram(3_600_000_000L, 3);
        due.forEach((id, at) -> lag.recordValue(
                Math.max(0, Duration.between(at, processed.get(id)).toNanos() / 1000)));
        // Applied per second from the first event due to the last applied: a consumer that keeps up applies them
        // over the sending span plus one batch's lag; one falling behind takes longer and longer.
        Instant firstDue = due.values().stream().min(Instant::compareTo).orElseThrow();
        Instant lastApplied =
                processed.values().stream().max(Instant::compareTo).orElseThrow();
        ingestRate = due.size() / (Duration.between(firstDue, lastApplied).toNanos() / 1e9);
        ingestLagP99Ms = ms(lag.getValueAtPercentile(99));
        ingest = String.format(
                "%d events sent at %d/s for %d s (open loop); all applied %s s after the last was sent;"
                        + " %.0f events/s applied from the first due to the last applied (the transaction start"
                        + " of each event's batch).%n%n| lag, due to applied | p50 | p90 | p99 | max |%n"
                        + "|---|---|---|---|---|%n| ms | %.1f | %.1f | %.1f | %.1f |%n",
                due.size(),
                s.ingestRate(),
                s.ingestSeconds(),
                seconds(doneNanos - sentNanos),
                ingestRate,
                ms(lag.getValueAtPercentile(50)),
                ms(lag.getValueAtPercentile(90)),
                ingestLagP99Ms,
                ms(lag.getMaxValue()));
    }

    /**
     * Fails unless the ingest kept up: at least 95 % of the rate sent (what a last batch's lag costs a short run),
     * and no event waited longer than {@code lagP99Ms} at p99.
     */
    void assertIngestKeptUp(int rate, double lagP99Ms) {
        assertThat(ingestRate).as("events applied per second").isGreaterThanOrEqualTo(rate * 0.95);
        assertThat(ingestLagP99Ms).as("ingest lag p99 in ms").isLessThanOrEqualTo(lagP99Ms);
    }

    /** Fails listing every query whose p99 missed its target. */
    void assertTargets(long metricsMs, long searchMs) {
        for (int i = 0; i < queries.size(); i++) {
            long target = queries.get(i).kind() == BenchQueries.Kind.METRICS ? metricsMs : searchMs;
            double p99 = ms(histograms.get(i).getValueAtPercentile(99));
            if (p99 > target) {
                missed.add(queries.get(i).name() + ": p99 " + p99 + " ms > " + target + " ms");
            }
        }
        assertThat(missed).as("queries over their p99 target").isEmpty();
    }

    Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("report.md");
        Files.writeString(
                file,
                "## Analytics scale benchmark\n\n"
                        + String.format(
                                "%d conversations over %d days, %d"
                                        + " messages per chat on average, %d agents; queries at %.1f/s, %d of each.%n%n",
                                settings.conversations(),
                                settings.days(),
                                settings.messagesPerChat(),
                                settings.agents(),
                                settings.queryRate(),
                                settings.queriesPerKind())
                        + "| phase | took |\n|---|---|\n" + phases
                        + "\n| kind | query (a year unless it says) | p50 ms | p90 ms | p99 ms | max ms | failed |\n"
                        + "|---|---|---|---|---|---|---|\n" + latencies + "\n### Ingest\n\n" + ingest + "\n" + plans);
        return file;
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static String seconds(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }
}
