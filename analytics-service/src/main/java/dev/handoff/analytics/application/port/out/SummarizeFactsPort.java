package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.AnalyticsSummary;
import dev.handoff.analytics.domain.model.Period;
import dev.handoff.shared.id.TenantId;

/** Aggregates a tenant's conversation facts where they are stored, so no period is loaded into memory. */
public interface SummarizeFactsPort {
    /** The figures over the facts of chats that started in {@code period}. */
    AnalyticsSummary summarize(TenantId tenant, Period period);
}
