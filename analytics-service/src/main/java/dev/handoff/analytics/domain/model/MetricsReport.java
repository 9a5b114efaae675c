package dev.handoff.analytics.domain.model;

import java.util.List;

/**
 * The figures of a period, as a whole and bucket by bucket, for the tenant or one slice of its chats.
 *
 * @param dimension {@link Dimension#ALL}, or the dimension of {@code value}
 * @param value the slice's value (a bot, team, agent, channel or language), null for the whole tenant
 */
public record MetricsReport(
        ReportPeriod period, Dimension dimension, String value, Metrics totals, List<BucketMetrics> series) {

    /** One bucket's figures. */
    public record BucketMetrics(Bucket bucket, Metrics metrics) {}
}
