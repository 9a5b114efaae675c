package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.Metrics;
import dev.handoff.analytics.domain.model.MetricsReport;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A period's figures, as a whole and per bucket. Durations are in seconds; chats count in the bucket they started
 * in, agents' time where it was spent.
 *
 * @param dimension "all", or the dimension of {@code value}
 * @param value the bot, team, agent, channel or language the figures are for; null for the whole tenant
 */
public record MetricsBody(
        Instant from,
        Instant to,
        String zone,
        String bucket,
        String dimension,
        @Schema(nullable = true) String value,
        Metrics totals,
        List<BucketBody> series) {

    /** One bucket, {@code [start, end)}. */
    public record BucketBody(Instant start, Instant end, Metrics metrics) {}

    static MetricsBody of(MetricsReport report) {
        return new MetricsBody(
                report.period().from(),
                report.period().to(),
                report.period().zone().getId(),
                report.period().bucketing().name().toLowerCase(java.util.Locale.ROOT),
                report.dimension().key(),
                report.value(),
                report.totals(),
                report.series().stream()
                        .map(b -> new BucketBody(b.bucket().start(), b.bucket().end(), b.metrics()))
                        .toList());
    }
}
