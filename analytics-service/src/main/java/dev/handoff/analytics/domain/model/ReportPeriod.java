package dev.handoff.analytics.domain.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The period {@code [from, to)} a report covers, read in a time zone and cut into buckets. Bounds must fall on a
 * quarter hour, the finest span rollups are kept for.
 */
public record ReportPeriod(Instant from, Instant to, ZoneId zone, Bucketing bucketing) {
    /**
     * Hour buckets cover at most this many days (and a clock change): a year by the hour is 8,760 points no chart can
     * show, and answering it costs seconds (decision 0036).
     */
    public static final int MAX_DAYS_BY_HOUR = 31;
    /** @throws InvalidPeriodException if the period is empty, reversed, too long or not on quarter hours */
    public ReportPeriod {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(bucketing, "bucketing");
        // The same rules as a summary's period: not empty, not reversed, at most a (leap) year.
        new Period(from, to);
        if (!Grain.QUARTER.startsAt(from) || !Grain.QUARTER.startsAt(to)) {
            throw new InvalidPeriodException(
                    "from and to must fall on a quarter of an hour (00, 15, 30 or 45 minutes)");
        }
        if (bucketing == Bucketing.HOUR
                && java.time.Duration.between(from, to)
                                .compareTo(java.time.Duration.ofDays(MAX_DAYS_BY_HOUR)
                                        .plusHours(1))
                        > 0) {
            throw new InvalidPeriodException("hour buckets cover at most " + MAX_DAYS_BY_HOUR
                    + " days: use day or week buckets for a longer period");
        }
    }

    /** The buckets, the first and last cut at the period's bounds. */
    public List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        Instant start = from;
        while (start.isBefore(to)) {
            Instant next = bucketing.next(start, zone);
            Instant end = next.isAfter(to) ? to : next;
            if (!Grain.QUARTER.startsAt(end)) {
                throw new InvalidPeriodException("the time zone " + zone + " was not a whole quarter hour off UTC at "
                        + end + ": its buckets cannot be made of rollups");
            }
            buckets.add(new Bucket(start, end));
            start = end;
        }
        return buckets;
    }

    /** The whole period as one bucket. */
    public Bucket whole() {
        return new Bucket(from, to);
    }
}
