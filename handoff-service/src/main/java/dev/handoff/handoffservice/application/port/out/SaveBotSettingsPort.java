package dev.handoff.handoffservice.application.port.out;

import dev.handoff.handoffservice.domain.model.BotSettings;

/** Stores a bot's handoff settings, replacing any earlier ones. */
public interface SaveBotSettingsPort {
    void save(BotSettings settings);
}
