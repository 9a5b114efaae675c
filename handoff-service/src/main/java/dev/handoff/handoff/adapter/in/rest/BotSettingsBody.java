package dev.handoff.handoff.adapter.in.rest;

import static dev.handoff.runtime.input.InputRules.Lines.MULTI;

import dev.handoff.runtime.input.Text;
import dev.handoff.runtime.input.TimeZoneId;
import dev.handoff.shared.id.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bot's handoff settings as supervisors read and write them.
 *
 * @param businessHours null means open around the clock
 * @param webhookSecret write-only: reads answer {@code webhookSecretSet} instead
 * @param relayAgentMessages send agent messages to the webhook too, for bots that relay them to the visitor
 * @param displayName what visitors and agents see as the bot's name (mails, console); absent: the bot id
 * @param avatarUrl an http(s) URL of the bot's picture
 * @param defaultTeam the team whose queue takes handoffs that name no team; absent: the tenant-wide queue
 */
@Schema(example = """
        {"enabled": true, "businessHours": {"timeZone": "Africa/Johannesburg", "weekly": [{"day": "MONDAY",
        "start": "08:00", "end": "17:00"}], "holidays": [{"date": "2026-12-25", "name": "Christmas Day"}]},
        "offlineMessage": "We are closed now; we open at 08:00.", "inactivityTimeoutMinutes": 60,
        "endMessage": "Thank you for chatting with us.", "endButtonLabel": "Back to the bot",
        "webhookUrl": "https://bot.example.org/handoff-events", "webhookSecret": "a-long-shared-secret-123",
        "allowedOrigins": ["https://www.example.org"], "socketIoEnabled": true, "relayAgentMessages": false,
        "displayName": "Example Bot", "avatarUrl": "https://www.example.org/bot.png",
        "defaultTeam": "support"}""")
public record BotSettingsBody(
        @NotNull Boolean enabled,
        @Valid @Schema(nullable = true) BusinessHoursBody businessHours,

        @Text(max = 1000, lines = MULTI) @Schema(nullable = true, maxLength = 1000)
        String offlineMessage,

        @Min(1) @Max(10080) @Schema(nullable = true) Integer inactivityTimeoutMinutes,

        @Text(max = 1000, lines = MULTI) @Schema(nullable = true, maxLength = 1000)
        String endMessage,

        @Text(max = 60) @Schema(nullable = true, maxLength = 60)
        String endButtonLabel,

        @Text(max = 2000)
        @Schema(nullable = true, maxLength = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String webhookUrl,

        @Text(max = 200)
        @Schema(nullable = true, minLength = 16, maxLength = 200)
        @Size(min = 16, message = "must be 16 to 200 characters")
        String webhookSecret,

        Boolean webhookSecretSet,

        @Size(max = 50)
        List<
                        @NotBlank @Text(max = 200)
                        @Pattern(
                                regexp = "https?://[^/\\s]+",
                                message = "must be an origin such as https://example.com")
                        String>
                allowedOrigins,

        Boolean socketIoEnabled,
        Boolean relayAgentMessages,

        @Text(max = 80) @Schema(nullable = true, maxLength = 80)
        String displayName,

        @Text(max = 2000)
        @Schema(nullable = true, maxLength = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String avatarUrl,

        @Schema(nullable = true, pattern = Identifier.REGEX, maxLength = Identifier.MAX_LENGTH)
        @Pattern(regexp = Identifier.REGEX, message = "must be a team id: letters, digits and . _ : @ -")
        @Size(max = Identifier.MAX_LENGTH)
        String defaultTeam) {

    /** Weekly opening hours in an IANA time zone, and holidays when closed all day. */
    public record BusinessHoursBody(
            @NotNull @TimeZoneId @Schema(maxLength = 64, description = "an IANA time zone id such as Europe/Berlin")
            String timeZone,

            @NotNull @Size(max = 100) List<@NotNull @Valid Slot> weekly,
            @Size(max = 400) List<@NotNull @Valid HolidayBody> holidays) {}

    /** Open on {@code day} from {@code start} to {@code end} (HH:mm); an end before the start runs past midnight. */
    public record Slot(
            @NotNull @Pattern(regexp = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY")
            String day,

            @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be HH:mm")
            String start,

            @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d|24:00", message = "must be HH:mm")
            String end) {}

    /** A date (yyyy-MM-dd) in the bot's time zone when nobody answers; without a name it is called "Holiday". */
    public record HolidayBody(
            @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be yyyy-MM-dd")
            String date,

            @Text(max = 100) @Schema(nullable = true, maxLength = 100)
            String name) {}
}
