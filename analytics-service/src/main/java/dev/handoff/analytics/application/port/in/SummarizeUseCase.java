package dev.handoff.analytics.application.port.in;

import dev.handoff.analytics.domain.model.AnalyticsSummary;

/** Summarises a tenant's live chats over a period. */
public interface SummarizeUseCase {
    /** @throws dev.handoff.analytics.domain.model.InvalidPeriodException if the period is empty, reversed or too long */
    AnalyticsSummary summarize(SummaryQuery query);
}
