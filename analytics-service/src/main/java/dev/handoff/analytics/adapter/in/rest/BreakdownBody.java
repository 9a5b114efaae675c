package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.BreakdownReport;
import dev.handoff.analytics.domain.model.Dimension;
import dev.handoff.analytics.domain.model.Metrics;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A period's figures per bot, team, agent, channel or language, busiest first.
 *
 * @param rows one per value; value null collects chats without one (no team, never accepted, language unknown)
 */
public record BreakdownBody(Instant from, Instant to, String zone, String dimension, Metrics totals, List<Row> rows) {

    /** @param label an agent's name, else the value */
    public record Row(@Schema(nullable = true) String value, String label, Metrics metrics) {}

    static BreakdownBody of(BreakdownReport report) {
        return new BreakdownBody(
                report.period().from(),
                report.period().to(),
                report.period().zone().getId(),
                report.dimension().key(),
                report.totals(),
                report.rows().stream()
                        .map(r -> Dimension.NONE.equals(r.value())
                                ? new Row(null, "(none)", r.metrics())
                                : new Row(r.value(), r.label(), r.metrics()))
                        .toList());
    }
}
