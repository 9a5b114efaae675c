package dev.handoff.analytics.application.port.in;

import dev.handoff.analytics.domain.model.BreakdownReport;
import dev.handoff.analytics.domain.model.Dimension;
import dev.handoff.analytics.domain.model.MetricsReport;
import dev.handoff.analytics.domain.model.ReportPeriod;
import dev.handoff.shared.id.TenantId;

/** Reports a tenant's live chat figures from the rollups. */
public interface ReadMetricsUseCase {
    /** The period's figures, as a whole and per bucket. */
    MetricsReport metrics(MetricsQuery query);

    /** The period's figures per value of {@code by} (not {@link Dimension#ALL}). */
    BreakdownReport breakdown(TenantId tenant, ReportPeriod period, Dimension by);
}
