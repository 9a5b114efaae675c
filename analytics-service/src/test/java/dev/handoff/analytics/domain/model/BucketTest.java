package dev.handoff.analytics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bucket is read from UTC months where whole ones fit, days, hours and quarters only at its edges. */
class BucketTest {
    @Test
    void aYearInUtcIsTwelveMonths() {
        List<RollupPiece> pieces =
                new Bucket(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")).pieces();
        assertThat(pieces).hasSize(12).allMatch(p -> p.grain() == Grain.MONTH);
        assertThat(pieces.get(1).start()).isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));
        assertThat(pieces.get(11).start()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
    }

    @Test
    void aYearInKolkataIsMonthsWithDaysBlocksHoursAndQuartersAtItsEdges() {
        // midnight in Kolkata (+5:30) is 18:30 UTC the day before
        List<RollupPiece> pieces =
                new Bucket(Instant.parse("2024-12-31T18:30:00Z"), Instant.parse("2025-12-31T18:30:00Z")).pieces();
        assertThat(pieces.stream().filter(p -> p.grain() == Grain.MONTH)).hasSize(11);
        // 18:30 and 18:45, then 19:00 to 23:00; in December 30 whole days, then three six-hour blocks and 2 quarters
        assertThat(pieces.stream().filter(p -> p.grain() == Grain.QUARTER)).hasSize(4);
        assertThat(pieces.stream().filter(p -> p.grain() == Grain.HOUR)).hasSize(5);
        assertThat(pieces.stream().filter(p -> p.grain() == Grain.SIX_HOURS)).hasSize(3);
        assertThat(pieces.stream().filter(p -> p.grain() == Grain.DAY)).hasSize(30);
        assertThat(pieces.stream()
                        .mapToLong(p -> p.grain().next(p.start()).getEpochSecond()
                                - p.start().getEpochSecond())
                        .sum())
                .isEqualTo(365L * 24 * 3600);
    }

    @Test
    void monthsHaveTheirCalendarLengths() {
        assertThat(Grain.MONTH.next(Instant.parse("2024-02-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(Grain.MONTH.floor(Instant.parse("2024-02-29T23:59:59Z")))
                .isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(Grain.MONTH.startsAt(Instant.parse("2024-02-02T00:00:00Z"))).isFalse();
        assertThat(Grain.MONTH.startsAt(Instant.parse("2024-02-01T01:00:00Z"))).isFalse();
    }

    @Test
    void aMonthRowAddsUpItsDaysPerDimensionValue() {
        RollupCounts first = new RollupCounts();
        first.requests = 3;
        first.waitMillis.add(1500);
        RollupCounts second = new RollupCounts();
        second.requests = 2;
        second.waitMillis.add(90_000);
        RollupCounts otherAgent = new RollupCounts();
        otherAgent.requests = 1;
        Instant month = Instant.parse("2025-03-01T00:00:00Z");
        Map<RollupKey, RollupCounts> days = Map.of(
                new RollupKey(Grain.DAY, month, Dimension.AGENT, "a-1"), first,
                new RollupKey(Grain.DAY, Instant.parse("2025-03-31T00:00:00Z"), Dimension.AGENT, "a-1"), second,
                new RollupKey(Grain.DAY, month, Dimension.AGENT, "a-2"), otherAgent);
        Map<RollupKey, RollupCounts> months = RollupBuilder.sumByGrain(days, List.of(Grain.MONTH));
        RollupCounts a1 = months.get(new RollupKey(Grain.MONTH, month, Dimension.AGENT, "a-1"));
        assertThat(months).hasSize(2);
        assertThat(a1.requests).isEqualTo(5);
        assertThat(a1.waitMillis.count()).isEqualTo(2);
        assertThat(a1.waitMillis.percentile(1.0)).isCloseTo(90_000, org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    void histogramsAddUpFromTheirStoredForm() {
        Histogram a = new Histogram();
        Histogram b = new Histogram();
        for (long v = 0; v < 5000; v += 7) {
            a.add(v);
            b.add(v * 1000);
        }
        Histogram sum = Histogram.decode(a.encode());
        sum.mergeEncoded(b.encode());
        Histogram expected = new Histogram();
        expected.merge(a);
        expected.merge(b);
        assertThat(sum.encode()).isEqualTo(expected.encode());
        assertThat(sum.count()).isEqualTo(2 * a.count());
        assertThat(sum.percentile(0.99)).isEqualTo(expected.percentile(0.99));
    }
}
