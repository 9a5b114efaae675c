package dev.handoff.notification.adapter.in.rest;

import dev.handoff.notification.domain.model.NotificationSettings;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant's notification settings as supervisors read and write them; thresholds in whole minutes.
 *
 * @param mailAgents also mail the agents who may take a request (false: only the recipients)
 * @param escalateAfterMinutes null: no escalation to the supervisors
 * @param idleMinutes the console sets an agent away after this long without activity
 * @param language the mails' language where a person's own is unknown
 * @param bots per-bot "still waiting" thresholds
 */
@Schema(example = """
        {"mailAgents": true, "waitingAfterMinutes": 5, "escalateAfterMinutes": 15, "batchMinutes": 2,
        "idleMinutes": 10, "language": "en", "bots": [{"botId": "support-bot", "waitingAfterMinutes": 3}]}""")
public record SettingsBody(
        @NotNull(message = "must be true or false") Boolean mailAgents,
        @NotNull(message = "is required") Integer waitingAfterMinutes,
        @Schema(nullable = true) Integer escalateAfterMinutes,
        @NotNull(message = "is required") Integer batchMinutes,
        @NotNull(message = "is required") Integer idleMinutes,
        @Size(max = 35) String language,

        @Size(max = NotificationSettings.MAX_BOTS, message = "at most 200 bots")
        List<@NotNull @Valid BotThreshold> bots) {

    /** A bot's own "still waiting" threshold. */
    public record BotThreshold(
            @NotBlank @Size(max = 128) String botId,
            @NotNull(message = "is required") Integer waitingAfterMinutes) {}

    static SettingsBody of(NotificationSettings s) {
        return new SettingsBody(
                s.mailAgents(),
                minutes(s.waitingAfter()),
                s.escalateAfter() == null ? null : minutes(s.escalateAfter()),
                minutes(s.batchWindow()),
                minutes(s.idleAfter()),
                s.language(),
                s.waitingAfterByBot().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
                        .map(e -> new BotThreshold(e.getKey().value(), minutes(e.getValue())))
                        .toList());
    }

    /** The settings it describes; ranges are checked by the domain ({@code 400 validation} naming each field). */
    NotificationSettings toDomain(TenantId tenant) {
        Map<BotId, Duration> byBot = new LinkedHashMap<>();
        for (int i = 0; bots != null && i < bots.size(); i++) {
            BotThreshold bot = bots.get(i);
            if (byBot.put(botId(i, bot.botId()), Duration.ofMinutes(bot.waitingAfterMinutes())) != null) {
                throw ProblemException.badRequest("bots[" + i + "].botId names a bot listed before.");
            }
        }
        return new NotificationSettings(
                tenant,
                mailAgents,
                Duration.ofMinutes(waitingAfterMinutes),
                escalateAfterMinutes == null ? null : Duration.ofMinutes(escalateAfterMinutes),
                Duration.ofMinutes(batchMinutes),
                Duration.ofMinutes(idleMinutes),
                language,
                byBot);
    }

    /** The id's own factory is the check; its refusal names the member. */
    private static BotId botId(int index, String value) {
        try {
            return BotId.of(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("bots[" + index + "].botId is not a valid bot id.");
        }
    }

    private static int minutes(Duration duration) {
        return (int) duration.toMinutes();
    }
}
