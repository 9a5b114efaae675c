package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import java.util.Objects;

/**
 * A visitor joining a chat by the bot's id and the conversation id the bot already uses, without a signed token.
 *
 * @param origin the browser's Origin header, or null when the client sent none (non-browser clients)
 */
public record JoinByConversationCommand(BotId botId, ConversationId conversationId, String origin) {
    public JoinByConversationCommand {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
