package dev.handoff.analytics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bucket read as days less the hours outside it equals the bucket read from its own pieces, counts and sketches
 * alike, in zones a whole hour, a half hour and three quarters off UTC, across a clock change.
 */
class SignedPiecesTest {
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2025-05-01T00:00:00Z");
    private final Map<RollupPiece, RollupCounts> rows = rollups(new Random(19));

    @ParameterizedTest
    @CsvSource({
        "Asia/Kolkata,DAY",
        "America/New_York,DAY",
        "Australia/Adelaide,WEEK",
        "Asia/Kathmandu,DAY",
        "Africa/Johannesburg,WEEK",
        "UTC,DAY"
    })
    void daysLessTheirOutsideHoursEqualTheBucketsOwnPieces(String zone, Bucketing bucketing) {
        ZoneId id = ZoneId.of(zone);
        Instant from = FROM.plus(java.time.Duration.ofDays(2))
                .atZone(id)
                .toLocalDate()
                .atStartOfDay(id)
                .toInstant();
        Instant to = TO.minus(java.time.Duration.ofDays(2))
                .atZone(id)
                .toLocalDate()
                .atStartOfDay(id)
                .toInstant();
        int fewer = 0;
        for (Bucket bucket : new ReportPeriod(from, to, id, bucketing).buckets()) {
            RollupCounts direct = new RollupCounts();
            bucket.pieces().forEach(p -> direct.merge(rows.get(p)));
            RollupCounts signed = new RollupCounts();
            List<SignedPiece> pieces = bucket.signedPieces();
            pieces.stream().filter(p -> p.sign() > 0).forEach(p -> signed.merge(rows.get(p.piece())));
            pieces.stream().filter(p -> p.sign() < 0).forEach(p -> signed.subtract(rows.get(p.piece())));
            assertThat(signed.requests).isEqualTo(direct.requests);
            assertThat(signed.onlineMillis).isEqualTo(direct.onlineMillis);
            assertThat(signed.waitMillis.encode()).isEqualTo(direct.waitMillis.encode());
            assertThat(signed.waitMillis.percentile(0.9)).isEqualTo(direct.waitMillis.percentile(0.9));
            assertThat(pieces.size()).isLessThanOrEqualTo(bucket.pieces().size());
            fewer += bucket.pieces().size() - pieces.size();
        }
        if (!zone.equals("UTC")) {
            assertThat(fewer).as("rows saved").isPositive();
        }
    }

    @ParameterizedTest
    @CsvSource({"Asia/Kolkata,4", "Asia/Kathmandu,3", "America/New_York,4", "Australia/Adelaide,8", "UTC,1"})
    void aYearByDayReadsAFewRowsPerDay(String zone, int rowsPerDay) {
        ZoneId id = ZoneId.of(zone);
        Instant from = FROM.plus(java.time.Duration.ofDays(2))
                .atZone(id)
                .toLocalDate()
                .atStartOfDay(id)
                .toInstant();
        Instant to = TO.minus(java.time.Duration.ofDays(2))
                .atZone(id)
                .toLocalDate()
                .atStartOfDay(id)
                .toInstant();
        List<Bucket> days = new ReportPeriod(from, to, id, Bucketing.DAY).buckets();
        long read = days.stream()
                .flatMap(b -> b.signedPieces().stream())
                .map(SignedPiece::piece)
                .distinct()
                .count();
        // one more day of edge rows than buckets: the day before the first one's
        assertThat(read).isLessThanOrEqualTo((long) rowsPerDay * (days.size() + 1));
    }

    /** Quarters of random chats, and hours, days and months that add them up, as the rollup refresh makes them. */
    private static Map<RollupPiece, RollupCounts> rollups(Random random) {
        Map<RollupPiece, RollupCounts> rows = new HashMap<>();
        for (Instant q = FROM; q.isBefore(TO); q = Grain.QUARTER.next(q)) {
            RollupCounts quarter = new RollupCounts();
            for (int chat = random.nextInt(4); chat > 0; chat--) {
                quarter.requests++;
                quarter.waitMillis.add((long) (random.nextDouble() * random.nextDouble() * 600_000));
            }
            quarter.onlineMillis = random.nextInt(900_000);
            rows.put(new RollupPiece(Grain.QUARTER, q), quarter);
            for (Grain coarser : new Grain[] {Grain.HOUR, Grain.SIX_HOURS, Grain.DAY, Grain.MONTH}) {
                rows.computeIfAbsent(new RollupPiece(coarser, coarser.floor(q)), p -> new RollupCounts())
                        .merge(quarter);
            }
        }
        return rows;
    }
}
