package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.BotId;

/** The bot has no handoff settings in this tenant. */
public class UnknownBotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownBotException(BotId botId) {
        super("Bot " + botId + " has no handoff settings in your tenant.");
    }
}
