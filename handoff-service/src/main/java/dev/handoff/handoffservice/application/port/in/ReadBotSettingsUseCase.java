package dev.handoff.handoffservice.application.port.in;

import dev.handoff.handoffservice.domain.model.Availability;
import dev.handoff.handoffservice.domain.model.BotSettings;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;

/** Reads a bot's settings and whether a human can be reached now. */
public interface ReadBotSettingsUseCase {
    /** @throws UnknownBotException if the bot has no settings in {@code tenant} */
    BotSettings settings(TenantId tenant, BotId bot);

    /** @throws UnknownBotException if the bot has no settings in {@code tenant} */
    Availability availability(TenantId tenant, BotId bot);
}
