package dev.handoff.shared.model;

import java.time.Instant;
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
}
