package dev.handoff.handoff.adapter.in.rest;

import dev.handoff.handoff.domain.model.BotAppearance;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.BusinessHours;
import dev.handoff.shared.model.Holiday;
import dev.handoff.shared.model.WeeklySlot;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Converts bot settings between their REST form and the domain. */
final class BotSettingsMapping {
    /** What a holiday given without a name is called. */
    static final String UNNAMED_HOLIDAY = "Holiday";

    private BotSettingsMapping() {}

    static BotSettings toDomain(TenantId tenant, BotId bot, BotSettingsBody body) {
        try {
            return new BotSettings(
                    tenant,
                    bot,
                    body.enabled(),
                    hours(body.businessHours()),
                    body.offlineMessage(),
                    body.inactivityTimeoutMinutes() == null
                            ? null
                            : Duration.ofMinutes(body.inactivityTimeoutMinutes()),
                    body.endMessage(),
                    body.endButtonLabel(),
                    body.webhookUrl(),
                    body.webhookSecret(),
                    body.allowedOrigins() == null ? Set.of() : Set.copyOf(body.allowedOrigins()),
                    Boolean.TRUE.equals(body.socketIoEnabled()),
                    Boolean.TRUE.equals(body.relayAgentMessages()),
                    new BotAppearance(body.displayName(), body.avatarUrl()),
                    body.defaultTeam() == null ? null : TeamId.of(body.defaultTeam()));
        } catch (IllegalArgumentException e) {
            // the domain's own rule ("two holidays on 2025-12-25"), in its own words
            throw ProblemException.badRequest("Invalid settings: " + e.getMessage());
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("Invalid settings: a time or date does not exist.");
        }
    }

    static BotSettingsBody toBody(BotSettings s) {
        return new BotSettingsBody(
                s.enabled(),
                hoursBody(s.businessHours()),
                s.offlineMessage(),
                (int) s.inactivityTimeout().toMinutes(),
                s.endMessage(),
                s.endButtonLabel(),
                s.webhookUrl(),
                null,
                s.webhookSecret() != null,
                s.allowedOrigins().stream().sorted().toList(),
                s.socketIoEnabled(),
                s.relayAgentMessages(),
                s.appearance().displayName(),
                s.appearance().avatarUrl(),
                s.defaultTeam() == null ? null : s.defaultTeam().value());
    }

    private static BusinessHours hours(BotSettingsBody.BusinessHoursBody body) {
        if (body == null) {
            return BusinessHours.alwaysOpen(ZoneOffset.UTC);
        }
        List<WeeklySlot> slots = body.weekly().stream()
                .map(s -> new WeeklySlot(DayOfWeek.valueOf(s.day()), LocalTime.parse(s.start()), endTime(s.end())))
                .toList();
        List<BotSettingsBody.HolidayBody> given = body.holidays() == null ? List.of() : body.holidays();
        List<Holiday> holidays = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            BotSettingsBody.HolidayBody h = given.get(i);
            LocalDate date = InputRules.date("businessHours.holidays[" + i + "].date", h.date());
            holidays.add(new Holiday(date, h.name() == null || h.name().isBlank() ? UNNAMED_HOLIDAY : h.name()));
        }
        return new BusinessHours(InputRules.zone("businessHours.timeZone", body.timeZone()), slots, holidays);
    }

    private static LocalTime endTime(String end) {
        // "24:00" reads naturally as end of day; the domain spells that as midnight.
        return "24:00".equals(end) ? LocalTime.MIDNIGHT : LocalTime.parse(end);
    }

    private static BotSettingsBody.BusinessHoursBody hoursBody(BusinessHours hours) {
        if (hours.equals(BusinessHours.alwaysOpen(hours.zone()))) {
            return null;
        }
        return new BotSettingsBody.BusinessHoursBody(
                hours.zone().getId(),
                hours.slots().stream()
                        .map(s -> new BotSettingsBody.Slot(
                                s.day().name(),
                                s.start().toString(),
                                s.end().equals(LocalTime.MIDNIGHT)
                                        ? "24:00"
                                        : s.end().toString()))
                        .toList(),
                hours.holidays().stream()
                        .map(h -> new BotSettingsBody.HolidayBody(h.date().toString(), h.name()))
                        .toList());
    }
}
