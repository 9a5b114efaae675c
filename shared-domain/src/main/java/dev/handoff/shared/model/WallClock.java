package dev.handoff.shared.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/** Finds when a zone's wall clock first shows a given local time, across daylight-saving changes. */
final class WallClock {
    private WallClock() {}

    /**
     * The earliest instant at which the clock of {@code zone} shows {@code local}. A time shown twice (the
     * hour repeated when clocks fall back) counts at its first showing. A time never shown (the hour
     * skipped when clocks spring forward) is passed at the jump itself, so that instant is returned: a
     * 02:30 in a 02:00-03:00 gap gives the instant the clock reads 03:00.
     */
    static Instant firstShowing(LocalDateTime local, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant earliest = null;
        for (ZoneOffset offset : rules.getValidOffsets(local)) {
            Instant candidate = local.toInstant(offset);
            if (earliest == null || candidate.isBefore(earliest)) {
                earliest = candidate;
            }
        }
        // ZonedDateTime.of would shift a gap time by the gap's length (02:30 to 03:30), opening too late
        return earliest != null ? earliest : rules.getTransition(local).getInstant();
    }

    /** When {@code date} begins in {@code zone}, even where its midnight is skipped by a daylight-saving jump. */
    static Instant startOf(LocalDate date, ZoneId zone) {
        return firstShowing(date.atStartOfDay(), zone);
    }
}
