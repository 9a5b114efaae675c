package dev.handoff.analytics.domain.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** How a period is cut into buckets, by the clock and calendar of the report's time zone. Weeks start on Monday. */
public enum Bucketing {
    HOUR,
    DAY,
    WEEK;

    /** The start of the bucket after the one holding {@code instant}. */
    public Instant next(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return switch (this) {
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
            case DAY -> local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            case WEEK ->
                local.toLocalDate()
                        .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                        .atStartOfDay(zone)
                        .toInstant();
        };
    }
}
