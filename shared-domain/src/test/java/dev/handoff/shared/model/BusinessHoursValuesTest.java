package dev.handoff.shared.model;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation, normal form and value equality of business hours and their parts. */
class BusinessHoursValuesTest {
    static final ZoneId JOHANNESBURG = ZoneId.of("Africa/Johannesburg");
    static final WeeklySlot MONDAY_MORNING = WeeklySlot.of(MONDAY, "08:00", "12:00");
    static final WeeklySlot FRIDAY_NIGHT = WeeklySlot.of(FRIDAY, "22:00", "06:00");
    static final Holiday FREEDOM_DAY = new Holiday(LocalDate.of(2025, 4, 27), "Freedom Day");
    static final Holiday WORKERS_DAY = new Holiday(LocalDate.of(2025, 5, 1), "Workers' Day");

    @Test
    void aSlotEndingAtOrBeforeItsStartEndsTheNextDay() {
        assertThat(FRIDAY_NIGHT.endsNextDay()).isTrue();
        assertThat(WeeklySlot.of(MONDAY, "18:00", "00:00").endsNextDay()).isTrue();
        assertThat(WeeklySlot.allDay(MONDAY).endsNextDay()).isTrue();
        assertThat(MONDAY_MORNING.endsNextDay()).isFalse();
    }

    @Test
    void aSlotStartingWhereItEndsIsOnlyAllowedAsAWholeDay() {
        assertThat(new WeeklySlot(MONDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
                .isEqualTo(WeeklySlot.allDay(MONDAY));
        assertThatThrownBy(() -> WeeklySlot.of(MONDAY, "09:00", "09:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("00:00-00:00");
    }

    @Test
    void slotsAndHolidaysNeedAllTheirParts() {
        assertThatThrownBy(() -> new WeeklySlot(null, LocalTime.NOON, LocalTime.MIDNIGHT))
                .hasMessage("day");
        assertThatThrownBy(() -> new WeeklySlot(MONDAY, null, LocalTime.NOON)).hasMessage("start");
        assertThatThrownBy(() -> new WeeklySlot(MONDAY, LocalTime.NOON, null)).hasMessage("end");
        assertThatThrownBy(() -> new Holiday(null, "Freedom Day")).hasMessage("date");
        assertThatThrownBy(() -> new Holiday(LocalDate.of(2025, 4, 27), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void businessHoursNeedAZoneAndNoNullEntries() {
        assertThatThrownBy(() -> new BusinessHours(null, List.of(), List.of())).hasMessage("zone");
        assertThatThrownBy(() -> new BusinessHours(JOHANNESBURG, Arrays.asList(MONDAY_MORNING, null), List.of()))
                .hasMessage("slot");
        assertThatThrownBy(() -> new BusinessHours(JOHANNESBURG, List.of(), Arrays.asList(FREEDOM_DAY, null)))
                .hasMessage("holiday");
    }

    @Test
    void absentListsMeanNone() {
        BusinessHours hours = new BusinessHours(JOHANNESBURG, null, null);

        assertThat(hours.slots()).isEmpty();
        assertThat(hours.holidays()).isEmpty();
    }

    @Test
    void twoHolidaysOnOneDateAreRejected() {
        Holiday other = new Holiday(FREEDOM_DAY.date(), "Founders' Day");

        assertThatThrownBy(() -> new BusinessHours(JOHANNESBURG, List.of(), List.of(FREEDOM_DAY, other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-04-27");
    }

    @Test
    void equalHoursAreEqualWhateverTheOrderAndRepetitionOfTheirInput() {
        BusinessHours one = new BusinessHours(
                JOHANNESBURG, List.of(FRIDAY_NIGHT, MONDAY_MORNING, FRIDAY_NIGHT), List.of(WORKERS_DAY, FREEDOM_DAY));
        BusinessHours other = new BusinessHours(
                JOHANNESBURG, List.of(MONDAY_MORNING, FRIDAY_NIGHT), List.of(FREEDOM_DAY, WORKERS_DAY));

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one.slots()).containsExactly(MONDAY_MORNING, FRIDAY_NIGHT);
        assertThat(one.holidays()).containsExactly(FREEDOM_DAY, WORKERS_DAY);
        assertThat(one).isNotEqualTo(new BusinessHours(ZoneId.of("Europe/London"), one.slots(), one.holidays()));
    }

    @Test
    void businessHoursCannotBeChangedThroughTheirListsOrTheListsTheyWereMadeFrom() {
        List<WeeklySlot> slots = new ArrayList<>(List.of(MONDAY_MORNING));
        BusinessHours hours = new BusinessHours(JOHANNESBURG, slots, List.of());
        slots.add(FRIDAY_NIGHT);

        assertThat(hours.slots()).containsExactly(MONDAY_MORNING);
        assertThatThrownBy(() -> hours.slots().add(FRIDAY_NIGHT)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> hours.holidays().add(FREEDOM_DAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void alwaysOpenHasAWholeDaySlotForEveryDayAndNoHolidays() {
        BusinessHours always = BusinessHours.alwaysOpen(JOHANNESBURG);

        assertThat(always.slots()).extracting(WeeklySlot::day).containsExactly(DayOfWeek.values());
        assertThat(always.slots()).allSatisfy(slot -> assertThat(slot).isEqualTo(WeeklySlot.allDay(slot.day())));
        assertThat(always.holidays()).isEmpty();
        assertThat(always).isEqualTo(BusinessHours.alwaysOpen(JOHANNESBURG));
    }
}
