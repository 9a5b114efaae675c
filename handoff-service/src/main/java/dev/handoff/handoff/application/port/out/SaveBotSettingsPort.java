package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.BotSettings;

/** Stores a bot's handoff settings, replacing any earlier ones. */
public interface SaveBotSettingsPort {
    void save(BotSettings settings);
}
