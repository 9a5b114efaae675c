package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.model.HistoryEntry;
import java.util.List;
import java.util.Objects;

/** Hands off a chat joined by conversation id that was not handed off yet, with the bot history the client sent. */
public record StartByConversationCommand(JoinByConversationCommand join, List<HistoryEntry> botHistory) {
    public StartByConversationCommand {
        Objects.requireNonNull(join, "join");
        botHistory = botHistory == null ? List.of() : List.copyOf(botHistory);
    }
}
