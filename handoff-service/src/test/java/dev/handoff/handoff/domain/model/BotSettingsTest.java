package dev.handoff.handoff.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.BusinessHours;
import dev.handoff.shared.model.Holiday;
import dev.handoff.shared.model.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BotSettingsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final BusinessHours WEEKDAYS_9_TO_5 = new BusinessHours(
            NEW_YORK,
            List.of(
                    WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "17:00"),
                    WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "17:00")),
            List.of(new Holiday(LocalDate.parse("2026-11-24"), "Staff day")));

    private static BotSettings settings(boolean enabled, BusinessHours hours) {
        return new BotSettings(
                TenantId.of("demo"),
                BotId.of("bot"),
                enabled,
                hours,
                "We are offline.",
                null,
                null,
                null,
                null,
                null,
                null,
                false);
    }

    @Test
    void aBotWithoutAppearanceIsShownByItsIdAndBlankValuesCountAsNone() {
        assertThat(settings(true, WEEKDAYS_9_TO_5).appearance()).isEqualTo(BotAppearance.NONE);
        assertThat(new BotAppearance("  ", " ")).isEqualTo(BotAppearance.NONE);
        assertThat(new BotAppearance(" Helper ", " https://x.example/a.png ").displayName())
                .isEqualTo("Helper");
        assertThatThrownBy(() -> new BotAppearance("two\nlines", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BotAppearance(null, "ftp://x.example/a.png"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openDuringBusinessHours() {
        // Monday 2026-11-23 15:00 in New York (EST, UTC-5)
        Availability a = settings(true, WEEKDAYS_9_TO_5).availabilityAt(Instant.parse("2026-11-23T20:00:00Z"));
        assertThat(a.open()).isTrue();
        assertThat(a.reason()).isEqualTo(Availability.Reason.OPEN);
        assertThat(a.offlineMessage()).isNull();
    }

    @Test
    void closedInTheEveningOpensNextBusinessMorningSkippingTheHoliday() {
        // Monday 19:00 EST; Tuesday is a holiday, so the next opening is the following Monday 09:00.
        Availability a = settings(true, WEEKDAYS_9_TO_5).availabilityAt(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(a.open()).isFalse();
        assertThat(a.reason()).isEqualTo(Availability.Reason.OUTSIDE_BUSINESS_HOURS);
        assertThat(a.offlineMessage()).isEqualTo("We are offline.");
        assertThat(a.nextOpening()).isEqualTo(Instant.parse("2026-11-30T14:00:00Z"));
    }

    @Test
    void closedOnAHolidayNamesTheHoliday() {
        Availability a = settings(true, WEEKDAYS_9_TO_5).availabilityAt(Instant.parse("2026-11-24T15:00:00Z"));
        assertThat(a.open()).isFalse();
        assertThat(a.reason()).isEqualTo(Availability.Reason.HOLIDAY);
    }

    @Test
    void disabledBotIsClosedWithoutNextOpening() {
        Availability a = settings(false, BusinessHours.alwaysOpen(NEW_YORK)).availabilityAt(Instant.now());
        assertThat(a.open()).isFalse();
        assertThat(a.reason()).isEqualTo(Availability.Reason.DISABLED);
        assertThat(a.nextOpening()).isNull();
    }

    @Test
    void defaultsMatchTheDocumentedProduct() {
        BotSettings s = settings(true, BusinessHours.alwaysOpen(NEW_YORK));
        assertThat(s.inactivityTimeout()).isEqualTo(Duration.ofMinutes(60));
        assertThat(s.endButtonLabel()).isNotBlank();
        assertThat(s.allowedOrigins()).isEmpty();
    }

    @Test
    void rejectsANonPositiveTimeout() {
        assertThatThrownBy(() -> new BotSettings(
                        TenantId.of("demo"),
                        BotId.of("bot"),
                        true,
                        BusinessHours.alwaysOpen(NEW_YORK),
                        null,
                        Duration.ZERO,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writingBackWhatWasReadKeepsTheWebhookSecretButRemovingTheUrlDropsIt() {
        BotSettings stored = webhook("https://bot.example.com/hook", "a-secret-of-16-chars");
        assertThat(webhook("https://bot.example.com/hook", null)
                        .keepingWebhookSecretOf(stored)
                        .webhookSecret())
                .isEqualTo("a-secret-of-16-chars");
        assertThat(webhook("https://bot.example.com/hook", "another-secret-16c")
                        .keepingWebhookSecretOf(stored)
                        .webhookSecret())
                .isEqualTo("another-secret-16c");
        assertThat(webhook(null, null).keepingWebhookSecretOf(stored).webhookSecret())
                .isNull();
    }

    private static BotSettings webhook(String url, String secret) {
        return new BotSettings(
                TenantId.of("demo"),
                BotId.of("demo-bot"),
                true,
                BusinessHours.alwaysOpen(ZoneOffset.UTC),
                null,
                null,
                null,
                null,
                url,
                secret,
                null,
                false);
    }
}
