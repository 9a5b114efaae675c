package dev.handoff.analytics.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.analytics.application.port.in.SummaryQuery;
import dev.handoff.analytics.application.port.out.SummarizeFactsPort;
import dev.handoff.analytics.domain.model.AnalyticsSummary;
import dev.handoff.analytics.domain.model.InvalidPeriodException;
import dev.handoff.analytics.domain.model.Period;
import dev.handoff.shared.id.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryServiceTest {
    private static final Instant NOW = Instant.parse("2025-03-31T12:00:00Z");
    private static final TenantId TENANT = TenantId.of("acme");

    /** Remembers what was asked and answers with an empty summary. */
    private static final class RecordingSummaries implements SummarizeFactsPort {
        final List<Period> asked = new ArrayList<>();
        final List<TenantId> tenants = new ArrayList<>();

        @Override
        public AnalyticsSummary summarize(TenantId tenant, Period period) {
            tenants.add(tenant);
            asked.add(period);
            return new AnalyticsSummary(period, 0, 0, 0, 0, 0, null, null, null, 0);
        }
    }

    private final RecordingSummaries summaries = new RecordingSummaries();
    private final SummaryService service = new SummaryService(summaries, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void withoutBoundsSummarisesTheLastThirtyDaysOfTheCallersTenant() {
        AnalyticsSummary summary = service.summarize(new SummaryQuery(TENANT, null, null));

        assertThat(summaries.tenants).containsExactly(TENANT);
        assertThat(summaries.asked).containsExactly(new Period(NOW.minus(Duration.ofDays(30)), NOW));
        assertThat(summary.conversationsPerAgent()).isEmpty();
        assertThat(summary.timeToAssignment()).isEqualTo(AnalyticsSummary.TimeToAssignment.NONE);
    }

    @Test
    void passesGivenBoundsThrough() {
        Instant from = Instant.parse("2025-03-01T00:00:00Z");
        Instant to = Instant.parse("2025-03-02T00:00:00Z");

        service.summarize(new SummaryQuery(TENANT, from, to));

        assertThat(summaries.asked).containsExactly(new Period(from, to));
    }

    @Test
    void aReversedPeriodIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> service.summarize(new SummaryQuery(TENANT, NOW, NOW.minusSeconds(1))))
                .isInstanceOf(InvalidPeriodException.class);
        assertThat(summaries.asked).isEmpty();
    }
}
