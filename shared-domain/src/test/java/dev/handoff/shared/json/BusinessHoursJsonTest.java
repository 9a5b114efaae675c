package dev.handoff.shared.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.shared.GoldenEvents;
import dev.handoff.shared.model.BusinessHours;
import dev.handoff.shared.model.Holiday;
import dev.handoff.shared.model.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Services store and serve business hours as JSON; the plain record must map without annotations. */
class BusinessHoursJsonTest {
    private final ObjectMapper mapper = JsonMapping.newObjectMapper();

    @Test
    void businessHoursMapToPlainJsonAndBack() throws Exception {
        BusinessHours hours = new BusinessHours(
                ZoneId.of("America/New_York"),
                List.of(WeeklySlot.of(DayOfWeek.FRIDAY, "22:00", "06:00")),
                List.of(new Holiday(LocalDate.of(2025, 12, 25), "Christmas Day")));

        String json = mapper.writeValueAsString(hours);

        assertThat(GoldenEvents.tree(json)).isEqualTo(GoldenEvents.tree("""
                {"zone": "America/New_York",
                 "slots": [{"day": "FRIDAY", "start": "22:00:00", "end": "06:00:00"}],
                 "holidays": [{"date": "2025-12-25", "name": "Christmas Day"}]}"""));
        assertThat(mapper.readValue(json, BusinessHours.class)).isEqualTo(hours);
    }

    @Test
    void timesMayBeWrittenWithoutSecondsAndAbsentListsMeanNone() throws Exception {
        BusinessHours hours = mapper.readValue("""
                {"zone": "Europe/Berlin", "slots": [{"day": "MONDAY", "start": "09:00", "end": "17:30"}]}""", BusinessHours.class);

        assertThat(hours.slots()).containsExactly(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "17:30"));
        assertThat(hours.holidays()).isEmpty();
    }
}
