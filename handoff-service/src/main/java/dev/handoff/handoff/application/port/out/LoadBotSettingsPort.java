package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Optional;

/** Reads a bot's handoff settings. */
public interface LoadBotSettingsPort {
    Optional<BotSettings> load(TenantId tenant, BotId bot);

    /** Every tenant's settings for this bot id: Socket.IO clients name only the bot. */
    List<BotSettings> loadInAnyTenant(BotId bot);
}
