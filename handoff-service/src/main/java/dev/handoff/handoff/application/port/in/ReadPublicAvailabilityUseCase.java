package dev.handoff.handoff.application.port.in;

import dev.handoff.handoff.domain.model.PublicAvailability;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;

/** What a web widget may know before a handoff: open or closed (and until when), and whether agents are online. */
public interface ReadPublicAvailabilityUseCase {
    /** Throws {@link UnknownBotException} for a bot without settings in the tenant. */
    PublicAvailability availability(TenantId tenant, BotId bot);
}
