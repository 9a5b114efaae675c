package dev.handoff.handoff.application.port.in;

import dev.handoff.handoff.domain.model.BotSettings;

/** A supervisor sets how a bot hands off. */
public interface ConfigureBotUseCase {
    /** Creates or replaces the bot's settings; returns what is now stored. */
    BotSettings configure(BotSettings settings);
}
