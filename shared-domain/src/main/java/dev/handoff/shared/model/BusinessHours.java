package dev.handoff.shared.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a bot's humans take chats: weekly slots and holidays, read on the wall clock of one IANA zone.
 *
 * <ul>
 *   <li>A slot opens the first time the zone's clock shows its start on its day, and closes the first
 *       time the clock shows its end (see {@link WeeklySlot} for night shifts and midnight).</li>
 *   <li>Spring forward: a start or end inside the skipped hour takes effect at the jump, so a 02:30
 *       start opens when the clock leaps from 02:00 to 03:00.</li>
 *   <li>Fall back: a time shown twice counts at its first showing. A slot ending at 01:30 closes at the
 *       first 01:30 and does not reopen for the repeated hour; one starting at 01:30 stays open through it.</li>
 *   <li>A holiday is closed from its midnight to the next and cancels the slots starting on it: a night
 *       shift from the day before closes at the holiday's midnight, and the holiday's own night shift
 *       does not run at all, not even its hours after midnight.</li>
 *   <li>Overlapping slots mean their union; identical slots are kept once; two holidays on one date are
 *       rejected. Slots and holidays are kept sorted, so equal hours are equal whatever the input order.</li>
 * </ul>
 *
 * @param zone an IANA zone such as {@code America/New_York}
 * @param slots the weekly openings; none means never open
 * @param holidays the dates closed all day
 */
public record BusinessHours(ZoneId zone, List<WeeklySlot> slots, List<Holiday> holidays) {
    /** How many days ahead {@link #nextOpeningAfter} and {@link #nextClosingAfter} look before giving up. */
    public static final int SEARCH_DAYS = 400;

    private static final Comparator<Holiday> BY_DATE = Comparator.comparing(Holiday::date);

    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        slots = slots == null
                ? List.of()
                : slots.stream()
                        .map(slot -> Objects.requireNonNull(slot, "slot"))
                        .distinct()
                        .sorted(WeeklySlot.ORDER)
                        .toList();
        holidays = holidays == null
                ? List.of()
                : holidays.stream()
                        .map(holiday -> Objects.requireNonNull(holiday, "holiday"))
                        .sorted(BY_DATE)
                        .toList();
        for (int i = 1; i < holidays.size(); i++) {
            if (holidays.get(i).date().equals(holidays.get(i - 1).date())) {
                throw new IllegalArgumentException(
                        "two holidays on " + holidays.get(i).date());
            }
        }
    }

    /** Open around the clock, every day: for bots whose humans are always reachable. */
    public static BusinessHours alwaysOpen(ZoneId zone) {
        return new BusinessHours(
                zone, Arrays.stream(DayOfWeek.values()).map(WeeklySlot::allDay).toList(), List.of());
    }

    /** Whether a visitor can reach a human at {@code instant}. */
    public boolean isOpenAt(Instant instant) {
        LocalDate today = localDate(instant);
        // a night shift from yesterday may still be open; two days back and one ahead covers any clock jump
        for (LocalDate date = today.minusDays(2); !date.isAfter(today.plusDays(1)); date = date.plusDays(1)) {
            for (OpenPeriod period : periodsStartingOn(date)) {
                if (period.contains(instant)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code instant} falls on a holiday, by its date in this zone. */
    public boolean isHoliday(Instant instant) {
        return holidayOn(localDate(instant)).isPresent();
    }

    /** The holiday on {@code date}, if it is one. */
    public Optional<Holiday> holidayOn(LocalDate date) {
        // BY_DATE ignores the name, so any name will do for the probe
        int index = Collections.binarySearch(holidays, new Holiday(date, "probe"), BY_DATE);
        return index >= 0 ? Optional.of(holidays.get(index)) : Optional.empty();
    }

    /**
     * The earliest instant at or after {@code from} at which it is open: {@code from} itself when already
     * open. Empty when it does not open within {@link #SEARCH_DAYS} days, such as with no slots at all.
     */
    public Optional<Instant> nextOpeningAfter(Instant from) {
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = localDate(from);
        for (LocalDate date = today.minusDays(2); !date.isAfter(today.plusDays(SEARCH_DAYS)); date = date.plusDays(1)) {
            // periods come in order of start, so the first one still running or ahead is the answer
            for (OpenPeriod period : periodsStartingOn(date)) {
                if (period.end().isAfter(from)) {
                    return Optional.of(period.start().isAfter(from) ? period.start() : from);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The earliest instant at or after {@code from} at which it is closed: {@code from} itself when already
     * closed. Back-to-back slots, such as a night shift followed by a day shift, count as one opening.
     * Empty when it stays open for {@link #SEARCH_DAYS} days, as when {@link #alwaysOpen always open}.
     */
    public Optional<Instant> nextClosingAfter(Instant from) {
        LocalDate today = localDate(from);
        LocalDate last = today.plusDays(SEARCH_DAYS);
        Instant closed = from;
        for (LocalDate date = today.minusDays(2); !date.isAfter(last); date = date.plusDays(1)) {
            if (startOf(date).isAfter(closed)) {
                return Optional.of(closed);
            }
            for (OpenPeriod period : periodsStartingOn(date)) {
                if (period.start().isAfter(closed)) {
                    return Optional.of(closed);
                }
                if (period.end().isAfter(closed)) {
                    closed = period.end();
                }
            }
        }
        return closed.isBefore(startOf(last.plusDays(1))) ? Optional.of(closed) : Optional.empty();
    }

    /** The slots opening on {@code date} as real time, ordered by start; none on a holiday. */
    private List<OpenPeriod> periodsStartingOn(LocalDate date) {
        if (holidayOn(date).isPresent()) {
            return List.of();
        }
        LocalDate tomorrow = date.plusDays(1);
        Instant tomorrowStart = startOf(tomorrow);
        boolean tomorrowIsHoliday = holidayOn(tomorrow).isPresent();
        List<OpenPeriod> periods = new ArrayList<>(2);
        for (WeeklySlot slot : slots) {
            if (slot.day() == date.getDayOfWeek()) {
                Instant start = WallClock.firstShowing(slot.startOn(date), zone);
                Instant end = WallClock.firstShowing(slot.endOn(date), zone);
                if (tomorrowIsHoliday && end.isAfter(tomorrowStart)) {
                    end = tomorrowStart;
                }
                // a slot wholly inside a skipped hour (or a skipped day) never opens
                if (start.isBefore(end)) {
                    periods.add(new OpenPeriod(start, end));
                }
            }
        }
        return periods;
    }

    private Instant startOf(LocalDate date) {
        return WallClock.startOf(date, zone);
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
