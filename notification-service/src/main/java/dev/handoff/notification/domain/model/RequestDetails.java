package dev.handoff.notification.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a handoff request says that mails show: the visitor, the bot by name, the last lines of the bot conversation.
 * The visitor's words are kept verbatim, only shortened; the templates escape them.
 *
 * @param botName the bot's display name, else its id
 * @param team the team queue, or null for the tenant's queue
 */
public record RequestDetails(
        BotId botId,
        String botName,
        String visitorName,
        String visitorEmail,
        String visitorLocale,
        Map<String, String> visitorAttributes,
        List<PreviewLine> preview,
        TeamId team,
        Instant requestedAt) {
    /** How many lines of the bot conversation a mail quotes: its end. */
    public static final int PREVIEW_LINES = 3;
    /** How many visitor attributes a mail lists. */
    public static final int MAX_ATTRIBUTES = 10;

    private static final int MAX_NAME = 200;
    private static final int MAX_VALUE = 200;

    public RequestDetails {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        botName = botName == null || botName.isBlank() ? botId.value() : Text.shorten(botName, MAX_NAME);
        visitorName = visitorName == null || visitorName.isBlank()
                ? VisitorInfo.ANONYMOUS
                : Text.shorten(visitorName, MAX_NAME);
        visitorEmail = blankToNull(visitorEmail);
        visitorLocale = blankToNull(visitorLocale);
        // in the order the bot gave them
        visitorAttributes = visitorAttributes == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(visitorAttributes));
        preview = preview == null ? List.of() : List.copyOf(preview);
    }

    /** The details of a handoff: the last {@value #PREVIEW_LINES} non-empty lines of its bot history. */
    public static RequestDetails of(
            BotId botId,
            String botName,
            VisitorInfo visitor,
            List<HistoryEntry> history,
            TeamId team,
            Instant requestedAt) {
        VisitorInfo v = visitor == null ? VisitorInfo.anonymous() : visitor;
        List<PreviewLine> lines = new ArrayList<>();
        List<HistoryEntry> entries = history == null ? List.of() : history;
        for (int i = entries.size() - 1; i >= 0 && lines.size() < PREVIEW_LINES; i--) {
            HistoryEntry entry = entries.get(i);
            if (entry.text() != null && !entry.text().isBlank()) {
                lines.add(0, new PreviewLine(entry.sender(), entry.text()));
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        v.attributes().entrySet().stream()
                .limit(MAX_ATTRIBUTES)
                .forEach(e ->
                        attributes.put(Text.shorten(e.getKey(), MAX_VALUE), Text.shorten(e.getValue(), MAX_VALUE)));
        return new RequestDetails(
                botId, botName, v.name(), v.email(), v.locale(), attributes, lines, team, requestedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : Text.shorten(value, MAX_VALUE);
    }
}
