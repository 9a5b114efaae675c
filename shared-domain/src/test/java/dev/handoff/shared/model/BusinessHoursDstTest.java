package dev.handoff.shared.model;

import static dev.handoff.shared.model.BusinessHoursTest.at;
import static dev.handoff.shared.model.BusinessHoursTest.weekdays;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Daylight-saving changes (2025 rules): a start or end skipped by a jump takes effect at the jump, and a
 * time shown twice counts at its first showing. Instants are written with the offset in force.
 */
class BusinessHoursDstTest {

    @Nested
    class NewYork {
        // spring forward Sun 9 March 02:00 EST -> 03:00 EDT; fall back Sun 2 November 02:00 EDT -> 01:00 EST
        final ZoneId zone = ZoneId.of("America/New_York");

        @Test
        void nineToFiveFollowsTheLocalClockOnBothSidesOfTheChange() {
            BusinessHours hours = new BusinessHours(zone, weekdays("09:00", "17:00"), List.of());

            assertThat(hours.isOpenAt(at("2025-03-07T15:00-05:00"))).isTrue();
            assertThat(hours.isOpenAt(at("2025-03-10T09:00-04:00"))).isTrue();
            assertThat(hours.isOpenAt(at("2025-03-10T08:30-04:00"))).isFalse();
            assertThat(hours.nextOpeningAfter(at("2025-03-07T17:00-05:00"))).contains(at("2025-03-10T09:00-04:00"));
        }

        @Test
        void aStartInTheSkippedHourOpensAtTheJump() {
            BusinessHours hours = slots(WeeklySlot.of(SUNDAY, "02:30", "06:00"));

            assertThat(hours.isOpenAt(at("2025-03-09T01:59:59-05:00"))).isFalse();
            assertThat(hours.isOpenAt(at("2025-03-09T03:00-04:00"))).isTrue();
            assertThat(hours.nextOpeningAfter(at("2025-03-09T01:00-05:00"))).contains(at("2025-03-09T03:00-04:00"));
        }

        @Test
        void anEndInTheSkippedHourClosesAtTheJump() {
            BusinessHours hours = slots(WeeklySlot.of(SATURDAY, "22:00", "02:30"));

            assertThat(hours.isOpenAt(at("2025-03-09T01:59:59-05:00"))).isTrue();
            assertThat(hours.isOpenAt(at("2025-03-09T03:00-04:00"))).isFalse();
            assertThat(hours.nextClosingAfter(at("2025-03-08T23:00-05:00"))).contains(at("2025-03-09T03:00-04:00"));
        }

        @Test
        void aSlotWhollyInTheSkippedHourDoesNotOpenThatDay() {
            BusinessHours hours = slots(WeeklySlot.of(SUNDAY, "02:10", "02:50"));

            assertThat(hours.nextOpeningAfter(at("2025-03-09T00:00-05:00"))).contains(at("2025-03-16T02:10-04:00"));
        }

        @Test
        void aStartInTheRepeatedHourOpensAtItsFirstShowingAndStaysOpenThroughTheRepeat() {
            BusinessHours hours = slots(WeeklySlot.of(SUNDAY, "01:30", "03:00"));

            assertThat(hours.nextOpeningAfter(at("2025-11-02T00:00-04:00"))).contains(at("2025-11-02T01:30-04:00"));
            assertThat(hours.isOpenAt(at("2025-11-02T01:15-05:00"))).isTrue();
            assertThat(hours.nextClosingAfter(at("2025-11-02T01:30-04:00"))).contains(at("2025-11-02T03:00-05:00"));
        }

        @Test
        void anEndInTheRepeatedHourClosesAtItsFirstShowingAndDoesNotReopen() {
            BusinessHours hours = slots(WeeklySlot.of(SATURDAY, "22:00", "01:30"));

            assertThat(hours.isOpenAt(at("2025-11-02T01:00-04:00"))).isTrue();
            assertThat(hours.isOpenAt(at("2025-11-02T01:30-04:00"))).isFalse();
            assertThat(hours.isOpenAt(at("2025-11-02T01:00-05:00"))).isFalse();
            assertThat(hours.isOpenAt(at("2025-11-02T01:15-05:00"))).isFalse();
            assertThat(hours.nextOpeningAfter(at("2025-11-02T01:30-04:00"))).contains(at("2025-11-08T22:00-05:00"));
        }

        @Test
        void aNightShiftAcrossTheChangeKeepsItsWallClockTimes() {
            BusinessHours spring = slots(WeeklySlot.of(SATURDAY, "22:00", "06:00"));

            assertThat(spring.nextClosingAfter(at("2025-03-08T22:00-05:00"))).contains(at("2025-03-09T06:00-04:00"));
            assertThat(spring.nextClosingAfter(at("2025-11-01T22:00-04:00"))).contains(at("2025-11-02T06:00-05:00"));
        }

        private BusinessHours slots(WeeklySlot... slots) {
            return new BusinessHours(zone, List.of(slots), List.of());
        }
    }

    @Nested
    class Berlin {
        // spring forward Sun 30 March 02:00 CET -> 03:00 CEST; fall back Sun 26 October 03:00 CEST -> 02:00 CET
        final ZoneId zone = ZoneId.of("Europe/Berlin");

        @Test
        void aStartAtTheVeryMomentOfTheJumpOpensAtThreeOClock() {
            BusinessHours hours = new BusinessHours(zone, List.of(WeeklySlot.of(SUNDAY, "02:00", "04:00")), List.of());

            assertThat(hours.nextOpeningAfter(at("2025-03-30T01:00+01:00"))).contains(at("2025-03-30T03:00+02:00"));
            assertThat(hours.nextClosingAfter(at("2025-03-30T03:00+02:00"))).contains(at("2025-03-30T04:00+02:00"));
        }

        @Test
        void theRepeatedHourIsCoveredOnceOpen() {
            BusinessHours hours = new BusinessHours(zone, List.of(WeeklySlot.of(SUNDAY, "02:30", "09:00")), List.of());

            assertThat(hours.nextOpeningAfter(at("2025-10-26T00:00+02:00"))).contains(at("2025-10-26T02:30+02:00"));
            assertThat(hours.isOpenAt(at("2025-10-26T02:15+01:00"))).isTrue();
            assertThat(hours.nextClosingAfter(at("2025-10-26T02:30+02:00"))).contains(at("2025-10-26T09:00+01:00"));
        }

        @Test
        void officeHoursMoveWithTheLocalClock() {
            BusinessHours hours = new BusinessHours(zone, weekdays("09:00", "17:00"), List.of());

            assertThat(hours.isOpenAt(at("2025-10-24T09:00+02:00"))).isTrue();
            assertThat(hours.isOpenAt(at("2025-10-27T09:00+01:00"))).isTrue();
            assertThat(hours.isOpenAt(at("2025-10-27T08:00+01:00"))).isFalse();
        }
    }

    @Nested
    class Santiago {
        // the clock changes at midnight: Sat 5 April 24:00 -03 -> Sat 23:00 -04; Sat 6 Sept 24:00 -04 -> Sun 01:00 -03
        final ZoneId zone = ZoneId.of("America/Santiago");

        @Test
        void aSkippedMidnightStillJoinsSaturdayEveningToSundayMorning() {
            BusinessHours hours = new BusinessHours(
                    zone,
                    List.of(WeeklySlot.of(SATURDAY, "18:00", "00:00"), WeeklySlot.of(SUNDAY, "00:00", "08:00")),
                    List.of());

            assertThat(hours.isOpenAt(at("2025-09-06T23:59:59-04:00"))).isTrue();
            assertThat(hours.isOpenAt(at("2025-09-07T01:00-03:00"))).isTrue();
            assertThat(hours.nextClosingAfter(at("2025-09-06T20:00-04:00"))).contains(at("2025-09-07T08:00-03:00"));
        }

        @Test
        void aDayWhoseMidnightIsSkippedBeginsAtOneOClock() {
            BusinessHours sundays = new BusinessHours(zone, List.of(WeeklySlot.allDay(SUNDAY)), List.of());
            BusinessHours closedThatSunday = new BusinessHours(
                    zone, sundays.slots(), List.of(new Holiday(LocalDate.of(2025, 9, 7), "test closure")));

            assertThat(sundays.nextOpeningAfter(at("2025-09-06T12:00-04:00"))).contains(at("2025-09-07T01:00-03:00"));
            assertThat(closedThatSunday.isHoliday(at("2025-09-06T23:59:59-04:00")))
                    .isFalse();
            assertThat(closedThatSunday.isHoliday(at("2025-09-07T01:00-03:00"))).isTrue();
            assertThat(closedThatSunday.nextOpeningAfter(at("2025-09-06T12:00-04:00")))
                    .contains(at("2025-09-14T00:00-03:00"));
        }

        @Test
        void anEveningSlotEndingAtMidnightCoversBothShowingsOfTheRepeatedHour() {
            BusinessHours hours =
                    new BusinessHours(zone, List.of(WeeklySlot.of(SATURDAY, "20:00", "00:00")), List.of());

            assertThat(hours.isOpenAt(at("2025-04-05T23:30-03:00"))).isTrue();
            assertThat(hours.isOpenAt(at("2025-04-05T23:30-04:00"))).isTrue();
            assertThat(hours.nextClosingAfter(at("2025-04-05T20:00-03:00"))).contains(at("2025-04-06T00:00-04:00"));
        }

        @Test
        void aSlotInsideTheRepeatedHourRunsOnlyAtItsFirstShowing() {
            BusinessHours hours =
                    new BusinessHours(zone, List.of(WeeklySlot.of(SATURDAY, "23:00", "23:30")), List.of());

            assertThat(hours.isOpenAt(at("2025-04-05T23:15-03:00"))).isTrue();
            assertThat(hours.isOpenAt(at("2025-04-05T23:15-04:00"))).isFalse();
        }
    }

    @Nested
    class Beirut {
        // the clock changes at midnight: Sun 30 March 00:00 -> 01:00 (+03); Sun 26 October 00:00 +03 -> Sat 23:00 +02
        final ZoneId zone = ZoneId.of("Asia/Beirut");

        @Test
        void aSlotStartingAtASkippedMidnightOpensAtOneOClock() {
            BusinessHours hours = new BusinessHours(zone, List.of(WeeklySlot.of(SUNDAY, "00:00", "02:00")), List.of());

            assertThat(hours.isOpenAt(at("2025-03-29T23:59:59+02:00"))).isFalse();
            assertThat(hours.isOpenAt(at("2025-03-30T01:00+03:00"))).isTrue();
            assertThat(hours.nextClosingAfter(at("2025-03-30T01:00+03:00"))).contains(at("2025-03-30T02:00+03:00"));
        }

        @Test
        void aHolidayCoversBothShowingsOfItsRepeatedLastHour() {
            BusinessHours hours = new BusinessHours(
                    zone,
                    List.of(WeeklySlot.allDay(SATURDAY), WeeklySlot.allDay(SUNDAY)),
                    List.of(new Holiday(LocalDate.of(2025, 10, 25), "test closure")));

            assertThat(hours.isOpenAt(at("2025-10-25T23:30+03:00"))).isFalse();
            assertThat(hours.isOpenAt(at("2025-10-25T23:30+02:00"))).isFalse();
            assertThat(hours.nextOpeningAfter(at("2025-10-25T12:00+03:00"))).contains(at("2025-10-26T00:00+02:00"));
        }
    }
}
