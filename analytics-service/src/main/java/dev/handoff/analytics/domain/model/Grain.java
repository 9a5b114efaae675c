package dev.handoff.analytics.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The spans rollups are kept for, all aligned in UTC. Quarters serve time zones whose offset is not a whole hour
 * (India, Nepal, parts of Australia): every offset in use today is a multiple of 15 minutes.
 */
public enum Grain {
    QUARTER("q", Duration.ofMinutes(15)),
    HOUR("h", Duration.ofHours(1)),
    DAY("d", Duration.ofDays(1));

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

    public Duration length() {
        return length;
    }

    /** Whether a span of this grain starts at {@code instant}. */
    public boolean startsAt(Instant instant) {
        return instant.getEpochSecond() % length.getSeconds() == 0 && instant.getNano() == 0;
    }

    /** The start of the span of this grain holding {@code instant}. */
    public Instant floor(Instant instant) {
        long seconds = length.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
    }

    public static Grain ofCode(String code) {
        for (Grain grain : values()) {
            if (grain.code.equals(code)) {
                return grain;
            }
        }
        throw new IllegalArgumentException("no grain " + code);
    }

    /** The hour holding {@code instant}: rollups are rebuilt an hour (and its day) at a time. */
    public static Instant hourOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }
}
