package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot told us at handoff: who the visitor is and what was said before.
 *
 * @param botDisplayName the bot's name from its settings, or null (then it is shown by its id)
 * @param botAvatarUrl the bot's picture, or null
 */
public record HandoffDetails(
        BotId botId,
        VisitorInfo visitor,
        List<HistoryEntry> botHistory,
        String language,
        TeamId team,
        int priority,
        Instant requestedAt,
        String botDisplayName,
        String botAvatarUrl) {
    public HandoffDetails {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        visitor = visitor == null ? VisitorInfo.anonymous() : visitor;
        botHistory = botHistory == null ? List.of() : List.copyOf(botHistory);
        botDisplayName = botDisplayName == null || botDisplayName.isBlank() ? null : botDisplayName;
    }

    /** Details of a bot without a display name or picture. */
    public HandoffDetails(
            BotId botId,
            VisitorInfo visitor,
            List<HistoryEntry> botHistory,
            String language,
            TeamId team,
            int priority,
            Instant requestedAt) {
        this(botId, visitor, botHistory, language, team, priority, requestedAt, null, null);
    }

    /** The bot as people see it: its display name, else its id. */
    public String botName() {
        return botDisplayName != null ? botDisplayName : botId.value();
    }

    /** The language the visitor reads: their locale, else the language the bot spoke with them; empty if unknown. */
    public Optional<LanguageTag> visitorLanguage() {
        return LanguageTag.lenient(visitor.locale()).or(() -> LanguageTag.lenient(language));
    }

    /** The visitor's last words before the handoff, shown as the request's preview; null if none. */
    public String lastVisitorMessage() {
        return HistoryEntry.lastVisitorText(botHistory);
    }
}
