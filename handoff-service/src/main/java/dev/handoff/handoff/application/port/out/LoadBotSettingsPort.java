package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Optional;

/** Reads a bot's handoff settings. */
public interface LoadBotSettingsPort {
    Optional<BotSettings> load(TenantId tenant, BotId bot);

    /**
     * The settings as read at most a few seconds ago (decision 0085): for a bot's handoff, which reads them on every
     * request; a change made through this replica is seen at once, one made through another within that time.
     */
    default Optional<BotSettings> loadRecent(TenantId tenant, BotId bot) {
        return load(tenant, bot);
    }

    /** Every tenant's settings for this bot id: Socket.IO clients name only the bot. */
    List<BotSettings> loadInAnyTenant(BotId bot);
}
