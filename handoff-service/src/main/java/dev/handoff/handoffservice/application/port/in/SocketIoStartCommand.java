package dev.handoff.handoffservice.application.port.in;

import dev.handoff.shared.model.HistoryEntry;
import java.util.List;
import java.util.Objects;

/** A Botlhale client's {@code messages_to_client} event: the bot history for a chat not yet handed off. */
public record SocketIoStartCommand(SocketIoJoinCommand join, List<HistoryEntry> botHistory) {
    public SocketIoStartCommand {
        Objects.requireNonNull(join, "join");
        botHistory = botHistory == null ? List.of() : List.copyOf(botHistory);
    }
}
