package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.in.SummarizeUseCase;
import dev.handoff.analytics.application.port.in.SummaryQuery;
import dev.handoff.analytics.application.port.out.SummarizeFactsPort;
import dev.handoff.analytics.domain.model.AnalyticsSummary;
import dev.handoff.analytics.domain.model.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Answers analysts' questions about a tenant's live chats. */
@ApplicationScoped
public class SummaryService implements SummarizeUseCase {
    private final SummarizeFactsPort facts;
    private final Clock clock;

    public SummaryService(SummarizeFactsPort facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AnalyticsSummary summarize(SummaryQuery query) {
        Period period = Period.of(query.from(), query.to(), clock.instant());
        return facts.summarize(query.tenantId(), period);
    }
}
