package dev.handoff.shared.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of the bot conversation that came before the handoff.
 *
 * @param at when it was said, if the bot knows; may be null
 */
public record HistoryEntry(Sender sender, String text, Instant at) {
    public HistoryEntry {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
    }

    /** The visitor's last words in {@code history}, used as a request's preview; null if the visitor said nothing. */
    public static String lastVisitorText(List<HistoryEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).sender() == Sender.VISITOR) {
                return history.get(i).text();
            }
        }
        return null;
    }
}
