package dev.handoff.handoff.application.port.in;

import dev.handoff.handoff.domain.model.Availability;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;

/** Reads a bot's settings and whether a human can be reached now. */
public interface ReadBotSettingsUseCase {
    /** @throws UnknownBotException if the bot has no settings in {@code tenant} */
    BotSettings settings(TenantId tenant, BotId bot);

    /** @throws UnknownBotException if the bot has no settings in {@code tenant} */
    Availability availability(TenantId tenant, BotId bot);
}
