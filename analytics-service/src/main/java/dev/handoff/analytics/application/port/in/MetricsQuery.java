package dev.handoff.analytics.application.port.in;

import dev.handoff.analytics.domain.model.Dimension;
import dev.handoff.analytics.domain.model.ReportPeriod;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;

/**
 * Which figures to report.
 *
 * @param dimension {@link Dimension#ALL} for the whole tenant, or the dimension {@code value} is of
 * @param value one bot, team, agent, channel or language; null with {@link Dimension#ALL}
 */
public record MetricsQuery(TenantId tenantId, ReportPeriod period, Dimension dimension, String value) {
    public MetricsQuery {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dimension, "dimension");
        if ((dimension == Dimension.ALL) != (value == null)) {
            throw new IllegalArgumentException("a value goes with a dimension other than ALL, and only then");
        }
    }
}
