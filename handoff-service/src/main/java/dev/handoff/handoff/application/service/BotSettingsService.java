package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.ConfigureBotUseCase;
import dev.handoff.handoff.application.port.in.ReadBotSettingsUseCase;
import dev.handoff.handoff.application.port.in.UnknownBotException;
import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.application.port.out.SaveBotSettingsPort;
import dev.handoff.handoff.domain.model.Availability;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Stores and reads bots' handoff settings. */
@ApplicationScoped
public class BotSettingsService implements ConfigureBotUseCase, ReadBotSettingsUseCase {
    private final LoadBotSettingsPort load;
    private final SaveBotSettingsPort save;
    private final Clock clock;

    public BotSettingsService(LoadBotSettingsPort load, SaveBotSettingsPort save, Clock clock) {
        this.load = load;
        this.save = save;
        this.clock = clock;
    }

    @Override
    @Transactional
    public BotSettings configure(BotSettings settings) {
        BotSettings stored = load.load(settings.tenantId(), settings.botId())
                .map(settings::keepingWebhookSecretOf)
                .orElse(settings);
        save.save(stored);
        return stored;
    }

    @Override
    @Transactional
    public BotSettings settings(TenantId tenant, BotId bot) {
        return load.load(tenant, bot).orElseThrow(() -> new UnknownBotException(bot));
    }

    @Override
    @Transactional
    public Availability availability(TenantId tenant, BotId bot) {
        return settings(tenant, bot).availabilityAt(clock.instant());
    }
}
