package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the bot told us at handoff: who the visitor is and what was said before. */
public record HandoffDetails(
        BotId botId,
        VisitorInfo visitor,
        List<HistoryEntry> botHistory,
        String language,
        TeamId team,
        int priority,
        Instant requestedAt) {
    public HandoffDetails {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        visitor = visitor == null ? VisitorInfo.anonymous() : visitor;
        botHistory = botHistory == null ? List.of() : List.copyOf(botHistory);
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
