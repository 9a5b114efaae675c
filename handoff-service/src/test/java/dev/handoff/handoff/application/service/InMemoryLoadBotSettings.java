package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Optional;

/** Reads bot settings from the in-memory tables. */
final class InMemoryLoadBotSettings implements LoadBotSettingsPort {
    private final InMemoryTables tables;

    InMemoryLoadBotSettings(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<BotSettings> load(TenantId tenant, BotId bot) {
        return Optional.ofNullable(tables.settings.get(InMemoryTables.settingsKey(tenant, bot)));
    }

    @Override
    public List<BotSettings> loadInAnyTenant(BotId bot) {
        return tables.settings.values().stream()
                .filter(s -> s.botId().equals(bot))
                .toList();
    }
}
