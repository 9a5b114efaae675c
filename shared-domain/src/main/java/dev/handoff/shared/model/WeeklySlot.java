package dev.handoff.shared.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * One weekly opening, from {@code start} on {@code day} until {@code end}, on the wall clock of the
 * {@link BusinessHours#zone() business hours' zone}; {@code start} is inclusive and {@code end} exclusive.
 *
 * <p>An {@code end} at or before {@code start} lies on the following day: {@code FRIDAY 22:00-06:00} is a
 * night shift that closes on Saturday at 06:00, and {@code MONDAY 09:00-00:00} closes at the midnight that
 * ends Monday. {@code 00:00-00:00} is the whole day. Any other {@code start == end} is rejected, because it
 * could mean an empty slot as well as 24 hours.
 */
public record WeeklySlot(DayOfWeek day, LocalTime start, LocalTime end) {
    /** Orders slots by day, then start, so a day's slots open in list order. */
    static final Comparator<WeeklySlot> ORDER = Comparator.comparing(WeeklySlot::day)
            .thenComparing(WeeklySlot::start)
            .thenComparing(WeeklySlot::end);

    public WeeklySlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end) && !start.equals(LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException(
                    "a slot cannot start and end at " + start + "; use 00:00-00:00 for a whole day");
        }
    }

    /** A slot from times written as {@code HH:mm}, such as {@code of(MONDAY, "09:00", "17:00")}. */
    public static WeeklySlot of(DayOfWeek day, String start, String end) {
        return new WeeklySlot(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Open from the midnight that starts {@code day} to the midnight that ends it. */
    public static WeeklySlot allDay(DayOfWeek day) {
        return new WeeklySlot(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** Whether the slot closes on the day after {@link #day()}: a night shift, or an end at midnight. */
    public boolean endsNextDay() {
        return !end.isAfter(start);
    }

    /** The wall-clock time at which this slot opens, when it opens on {@code date}. */
    LocalDateTime startOn(LocalDate date) {
        return date.atTime(start);
    }

    /** The wall-clock time at which this slot closes, when it opens on {@code date}. */
    LocalDateTime endOn(LocalDate date) {
        return (endsNextDay() ? date.plusDays(1) : date).atTime(end);
    }
}
