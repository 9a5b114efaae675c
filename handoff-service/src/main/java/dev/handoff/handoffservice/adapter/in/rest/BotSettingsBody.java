package dev.handoff.handoffservice.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A bot's handoff settings as supervisors read and write them.
 *
 * @param businessHours null means open around the clock
 * @param webhookSecret write-only: reads answer {@code webhookSecretSet} instead
 * @param relayAgentMessages send agent messages to the webhook too, for bots that relay them to the visitor
 * @param displayName what visitors and agents see as the bot's name (mails, console); absent: the bot id
 * @param avatarUrl an http(s) URL of the bot's picture
 */
public record BotSettingsBody(
        @NotNull Boolean enabled,
        @Valid BusinessHoursBody businessHours,
        @Size(max = 1000) String offlineMessage,
        @Min(1) @Max(10080) Integer inactivityTimeoutMinutes,
        @Size(max = 1000) String endMessage,
        @Size(max = 60) String endButtonLabel,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String webhookUrl,
        @Size(min = 16, max = 200, message = "must be 16 to 200 characters") String webhookSecret,
        Boolean webhookSecretSet,
        @Size(max = 50) List<@NotBlank @Pattern(regexp = "https?://[^/\\s]+", message = "must be an origin such as https://example.com") String> allowedOrigins,
        Boolean socketIoEnabled,
        Boolean relayAgentMessages,
        @Size(max = 80) String displayName,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String avatarUrl) {

    /** Weekly opening hours in an IANA time zone, and holidays when closed all day. */
    public record BusinessHoursBody(
            @NotBlank @Size(max = 64) String timeZone,
            @NotNull @Size(max = 100) List<@NotNull @Valid Slot> weekly,
            @Size(max = 400) List<@NotNull @Valid HolidayBody> holidays) {
    }

    /** Open on {@code day} from {@code start} to {@code end} (HH:mm); an end before the start runs past midnight. */
    public record Slot(
            @NotNull @Pattern(regexp = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY") String day,
            @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be HH:mm") String start,
            @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d|24:00", message = "must be HH:mm") String end) {
    }

    /** A date (yyyy-MM-dd) in the bot's time zone when nobody answers. */
    public record HolidayBody(@NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be yyyy-MM-dd") String date,
            @Size(max = 100) String name) {
    }
}
