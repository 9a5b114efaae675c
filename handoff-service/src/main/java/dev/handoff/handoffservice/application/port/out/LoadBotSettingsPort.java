package dev.handoff.handoffservice.application.port.out;

import dev.handoff.handoffservice.domain.model.BotSettings;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import java.util.Optional;

/** Reads a bot's handoff settings. */
public interface LoadBotSettingsPort {
    Optional<BotSettings> load(TenantId tenant, BotId bot);
}
