package dev.handoff.analytics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void hourBucketsCoverAMonthAClockChangeIncluded() {
        // 31 days over the March clock change are 743 hours in New York
        ReportPeriod month = new ReportPeriod(
                Instant.parse("2026-03-01T05:00:00Z"), Instant.parse("2026-04-01T04:00:00Z"), NEW_YORK, Bucketing.HOUR);
        assertThat(month.buckets()).hasSize(743);
        assertThat(new ReportPeriod(
                                Instant.parse("2026-01-01T00:00:00Z"),
                                Instant.parse("2027-01-01T00:00:00Z"),
                                ZoneId.of("UTC"),
                                Bucketing.DAY)
                        .buckets())
                .hasSize(365);
    }

    @Test
    void refusesHourBucketsOverMoreThanAMonth() {
        assertThatThrownBy(() -> new ReportPeriod(
                        Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2026-02-02T00:00:00Z"),
                        ZoneId.of("UTC"),
                        Bucketing.HOUR))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessageContaining("at most 31 days");
    }
}
