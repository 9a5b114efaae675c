package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.SaveBotSettingsPort;
import dev.handoff.handoff.domain.model.BotSettings;

/** Stores bot settings in the in-memory tables, replacing earlier ones. */
final class InMemorySaveBotSettings implements SaveBotSettingsPort {
    private final InMemoryTables tables;

    InMemorySaveBotSettings(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public void save(BotSettings settings) {
        tables.settings.put(InMemoryTables.settingsKey(settings.tenantId(), settings.botId()), settings);
    }
}
