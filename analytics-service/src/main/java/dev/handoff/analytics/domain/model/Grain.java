package dev.handoff.analytics.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The spans rollups are kept for, all aligned in UTC, finest first. Quarters serve time zones whose offset is not a
 * whole hour (India, Nepal, parts of Australia): every offset in use today is a multiple of 15 minutes. Six-hour
 * blocks let the part of a UTC day outside a local day be a block less or plus a few hours or quarters (in Kolkata
 * 18:30-24:00 is the 18:00 block less two quarters), and months (UTC calendar months) let a year be read as 12 rows
 * per value instead of 365 days.
 */
public enum Grain {
    QUARTER("q", Duration.ofMinutes(15)),
    HOUR("h", Duration.ofHours(1)),
    SIX_HOURS("s", Duration.ofHours(6)),
    DAY("d", Duration.ofDays(1)),
    /** Its length varies: use {@link #next} and {@link #floor}, never {@link #length}. */
    MONTH("m", null);

    private final String code;
    private final Duration length;

    Grain(String code, Duration length) {
        this.code = code;
        this.length = length;
    }

    /** The one-letter code rollup rows store. */
    public String code() {
        return code;
    }

    /** The fixed length of quarters, hours, six-hour blocks and days. */
    public Duration length() {
        if (length == null) {
            throw new UnsupportedOperationException("months have no fixed length");
        }
        return length;
    }

    /** Whether a span of this grain starts at {@code instant}. */
    public boolean startsAt(Instant instant) {
        if (this == MONTH) {
            return DAY.startsAt(instant) && instant.atOffset(ZoneOffset.UTC).getDayOfMonth() == 1;
        }
        return instant.getEpochSecond() % length.getSeconds() == 0 && instant.getNano() == 0;
    }

    /** The start of the span of this grain holding {@code instant}. */
    public Instant floor(Instant instant) {
        if (this == MONTH) {
            LocalDate day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
            return day.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        long seconds = length.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
    }

    /** The start of the span after the one starting at {@code start}. */
    public Instant next(Instant start) {
        if (this == MONTH) {
            return start.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
        }
        return start.plus(length);
    }

    public static Grain ofCode(String code) {
        for (Grain grain : values()) {
            if (grain.code.equals(code)) {
                return grain;
            }
        }
        throw new IllegalArgumentException("no grain " + code);
    }

    /** The hour holding {@code instant}: rollups are rebuilt an hour (and its day and month) at a time. */
    public static Instant hourOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }
}
