package dev.handoff.handoffservice.application.port.in;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import java.util.Objects;

/**
 * A Botlhale client's {@code username} event.
 *
 * @param origin the browser's Origin header, or null when the client sent none (non-browser clients)
 */
public record SocketIoJoinCommand(BotId botId, ConversationId conversationId, String origin) {
    public SocketIoJoinCommand {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
