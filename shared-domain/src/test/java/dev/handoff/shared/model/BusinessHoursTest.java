package dev.handoff.shared.model;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Weekly slots and holidays in New York, away from daylight-saving changes. */
class BusinessHoursTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Holiday CHRISTMAS = new Holiday(LocalDate.of(2025, 12, 25), "Christmas Day");
    static final BusinessHours NINE_TO_FIVE =
            new BusinessHours(NEW_YORK, weekdays("09:00", "17:00"), List.of(CHRISTMAS));

    @Test
    void aVisitorAt3pmEstReachesAHumanButNotAt7pm() {
        assertThat(NINE_TO_FIVE.isOpenAt(at("2025-01-06T15:00-05:00"))).isTrue();
        assertThat(NINE_TO_FIVE.isOpenAt(at("2025-01-06T19:00-05:00"))).isFalse();
    }

    @Test
    void startIsInclusiveAndEndExclusive() {
        assertThat(NINE_TO_FIVE.isOpenAt(at("2025-01-06T08:59:59.999-05:00"))).isFalse();
        assertThat(NINE_TO_FIVE.isOpenAt(at("2025-01-06T09:00-05:00"))).isTrue();
        assertThat(NINE_TO_FIVE.isOpenAt(at("2025-01-06T16:59:59.999-05:00"))).isTrue();
        assertThat(NINE_TO_FIVE.isOpenAt(at("2025-01-06T17:00-05:00"))).isFalse();
    }

    @Test
    void hoursAreReadOnTheZonesWallClockNotInUtc() {
        // 13:30 UTC is 09:30 in New York in July (EDT) but 08:30 in January (EST)
        assertThat(NINE_TO_FIVE.isOpenAt(Instant.parse("2025-07-07T13:30:00Z"))).isTrue();
        assertThat(NINE_TO_FIVE.isOpenAt(Instant.parse("2025-01-06T13:30:00Z"))).isFalse();
    }

    @Test
    void closedAtTheWeekend() {
        assertThat(NINE_TO_FIVE.isOpenAt(at("2025-01-11T12:00-05:00"))).isFalse();
        assertThat(NINE_TO_FIVE.isOpenAt(at("2025-01-12T12:00-05:00"))).isFalse();
    }

    @Test
    void closedAllDayOnAHoliday() {
        assertThat(NINE_TO_FIVE.isOpenAt(at("2025-12-24T12:00-05:00"))).isTrue();
        assertThat(NINE_TO_FIVE.isOpenAt(at("2025-12-25T12:00-05:00"))).isFalse();
        assertThat(NINE_TO_FIVE.isHoliday(at("2025-12-25T00:00-05:00"))).isTrue();
        assertThat(NINE_TO_FIVE.isHoliday(at("2025-12-24T23:59:59-05:00"))).isFalse();
        assertThat(NINE_TO_FIVE.holidayOn(LocalDate.of(2025, 12, 25))).contains(CHRISTMAS);
        assertThat(NINE_TO_FIVE.holidayOn(LocalDate.of(2025, 12, 26))).isEmpty();
    }

    @Test
    void aNightShiftRunsIntoTheNextDay() {
        BusinessHours nights = hours(WeeklySlot.of(FRIDAY, "22:00", "06:00"));

        assertThat(nights.isOpenAt(at("2025-01-10T21:59-05:00"))).isFalse();
        assertThat(nights.isOpenAt(at("2025-01-10T22:00-05:00"))).isTrue();
        assertThat(nights.isOpenAt(at("2025-01-11T05:59-05:00"))).isTrue();
        assertThat(nights.isOpenAt(at("2025-01-11T06:00-05:00"))).isFalse();
        assertThat(nights.isOpenAt(at("2025-01-10T03:00-05:00")))
                .as("Friday morning belongs to Thursday")
                .isFalse();
    }

    @Test
    void aSundayNightShiftRunsIntoMondayAcrossTheWeekBoundary() {
        BusinessHours nights = hours(WeeklySlot.of(SUNDAY, "22:00", "06:00"));

        assertThat(nights.isOpenAt(at("2025-01-13T05:00-05:00"))).isTrue();
        assertThat(nights.nextOpeningAfter(at("2025-01-13T07:00-05:00"))).contains(at("2025-01-19T22:00-05:00"));
    }

    @Test
    void anEndAtMidnightClosesAtTheEndOfTheDayAndAWholeDayIsMidnightToMidnight() {
        BusinessHours hours = hours(WeeklySlot.of(MONDAY, "18:00", "00:00"), WeeklySlot.allDay(SATURDAY));

        assertThat(hours.isOpenAt(at("2025-01-06T23:59:59.999-05:00"))).isTrue();
        assertThat(hours.isOpenAt(at("2025-01-07T00:00-05:00"))).isFalse();
        assertThat(hours.isOpenAt(at("2025-01-11T00:00-05:00"))).isTrue();
        assertThat(hours.isOpenAt(at("2025-01-11T23:59:59.999-05:00"))).isTrue();
        assertThat(hours.isOpenAt(at("2025-01-12T00:00-05:00"))).isFalse();
    }

    @Test
    void overlappingSlotsAreOpenForTheirUnion() {
        BusinessHours hours = hours(WeeklySlot.of(MONDAY, "09:00", "12:00"), WeeklySlot.of(MONDAY, "11:00", "14:00"));

        assertThat(hours.isOpenAt(at("2025-01-06T13:00-05:00"))).isTrue();
        assertThat(hours.nextClosingAfter(at("2025-01-06T10:00-05:00"))).contains(at("2025-01-06T14:00-05:00"));
    }

    @Test
    void theNextOpeningSkipsTheWeekend() {
        assertThat(NINE_TO_FIVE.nextOpeningAfter(at("2025-01-10T17:00-05:00"))).contains(at("2025-01-13T09:00-05:00"));
        assertThat(NINE_TO_FIVE.nextOpeningAfter(at("2025-01-06T07:10-05:00"))).contains(at("2025-01-06T09:00-05:00"));
    }

    @Test
    void theNextOpeningWhenOpenIsNow() {
        Instant now = at("2025-01-06T10:15-05:00");

        assertThat(NINE_TO_FIVE.nextOpeningAfter(now)).contains(now);
    }

    @Test
    void theNextOpeningSkipsHolidays() {
        BusinessHours holidays = new BusinessHours(
                NEW_YORK,
                weekdays("09:00", "17:00"),
                List.of(
                        new Holiday(LocalDate.of(2025, 12, 24), "Christmas Eve"),
                        CHRISTMAS,
                        new Holiday(LocalDate.of(2025, 12, 26), "Boxing Day"),
                        new Holiday(LocalDate.of(2026, 1, 1), "New Year")));

        assertThat(holidays.nextOpeningAfter(at("2025-12-23T17:00-05:00"))).contains(at("2025-12-29T09:00-05:00"));
        assertThat(holidays.nextOpeningAfter(at("2025-12-31T17:00-05:00"))).contains(at("2026-01-02T09:00-05:00"));
    }

    @Test
    void aHolidayCutsTheNightShiftBeforeItAndCancelsItsOwn() {
        BusinessHours nights = new BusinessHours(NEW_YORK, everyDay("22:00", "06:00"), List.of(CHRISTMAS));

        assertThat(nights.isOpenAt(at("2025-12-24T23:00-05:00"))).isTrue();
        assertThat(nights.nextClosingAfter(at("2025-12-24T23:00-05:00"))).contains(at("2025-12-25T00:00-05:00"));
        assertThat(nights.isOpenAt(at("2025-12-25T23:00-05:00"))).isFalse();
        assertThat(nights.isOpenAt(at("2025-12-26T02:00-05:00"))).isFalse();
        assertThat(nights.nextOpeningAfter(at("2025-12-25T00:00-05:00"))).contains(at("2025-12-26T22:00-05:00"));
    }

    @Test
    void theNextClosingIsTheEndOfTheCurrentOpeningEvenAcrossBackToBackSlots() {
        BusinessHours shifts = hours(WeeklySlot.of(SUNDAY, "22:00", "06:00"), WeeklySlot.of(MONDAY, "06:00", "14:00"));

        assertThat(shifts.nextClosingAfter(at("2025-01-05T23:00-05:00"))).contains(at("2025-01-06T14:00-05:00"));
        assertThat(NINE_TO_FIVE.nextClosingAfter(at("2025-01-06T10:00-05:00"))).contains(at("2025-01-06T17:00-05:00"));
        assertThat(NINE_TO_FIVE.nextClosingAfter(at("2025-01-06T18:00-05:00"))).contains(at("2025-01-06T18:00-05:00"));
    }

    @Test
    void withoutSlotsItNeverOpens() {
        BusinessHours never = new BusinessHours(NEW_YORK, List.of(), List.of());
        Instant now = at("2025-01-06T10:00-05:00");

        assertThat(never.isOpenAt(now)).isFalse();
        assertThat(never.nextOpeningAfter(now)).isEmpty();
        assertThat(never.nextClosingAfter(now)).contains(now);
    }

    @Test
    @Timeout(5)
    void theSearchForTheNextOpeningIsBoundedWhenEveryDayIsAHoliday() {
        LocalDate first = LocalDate.of(2025, 1, 1);
        List<Holiday> twoYears = Stream.iterate(first, d -> d.plusDays(1))
                .limit(730)
                .map(date -> new Holiday(date, "closure"))
                .toList();
        BusinessHours closedForYears = new BusinessHours(NEW_YORK, weekdays("09:00", "17:00"), twoYears);
        BusinessHours closed300Days = new BusinessHours(NEW_YORK, weekdays("09:00", "17:00"), twoYears.subList(0, 300));

        assertThat(closedForYears.nextOpeningAfter(at("2025-01-01T00:00-05:00")))
                .isEmpty();
        assertThat(closed300Days.nextOpeningAfter(at("2025-01-01T00:00-05:00"))).contains(at("2025-10-28T09:00-04:00"));
    }

    @Test
    void alwaysOpenIsOpenEveryInstantAndNeverCloses() {
        BusinessHours always = BusinessHours.alwaysOpen(NEW_YORK);

        for (Instant instant = Instant.parse("2025-01-01T00:00:00Z");
                instant.isBefore(Instant.parse("2026-01-01T00:00:00Z"));
                instant = instant.plusSeconds(3 * 3600 + 17 * 60)) {
            assertThat(always.isOpenAt(instant)).as(instant.toString()).isTrue();
        }
        Instant now = at("2025-03-09T02:30-04:00");
        assertThat(always.nextOpeningAfter(now)).contains(now);
        assertThat(always.nextClosingAfter(now)).isEmpty();
        assertThat(always.isHoliday(now)).isFalse();
    }

    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    static BusinessHours hours(WeeklySlot... slots) {
        return new BusinessHours(NEW_YORK, List.of(slots), List.of());
    }

    static List<WeeklySlot> weekdays(String start, String end) {
        return Stream.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
                .map(day -> WeeklySlot.of(day, start, end))
                .toList();
    }

    static List<WeeklySlot> everyDay(String start, String end) {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> WeeklySlot.of(day, start, end))
                .toList();
    }
}
