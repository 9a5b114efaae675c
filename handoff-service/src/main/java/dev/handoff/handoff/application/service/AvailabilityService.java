package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.ReadPublicAvailabilityUseCase;
import dev.handoff.handoff.application.port.in.TrackAgentPresenceUseCase;
import dev.handoff.handoff.application.port.in.UnknownBotException;
import dev.handoff.handoff.application.port.out.AgentPresencePort;
import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.domain.model.Availability;
import dev.handoff.handoff.domain.model.PublicAvailability;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The public availability of a bot: its hours from its settings, its agents from their presence reports. */
@ApplicationScoped
public class AvailabilityService implements ReadPublicAvailabilityUseCase, TrackAgentPresenceUseCase {
    private final LoadBotSettingsPort settings;
    private final AgentPresencePort presence;
    private final Clock clock;

    public AvailabilityService(LoadBotSettingsPort settings, AgentPresencePort presence, Clock clock) {
        this.settings = settings;
        this.presence = presence;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PublicAvailability availability(TenantId tenant, BotId bot) {
        Availability hours = settings.load(tenant, bot)
                .orElseThrow(() -> new UnknownBotException(bot))
                .availabilityAt(clock.instant());
        // Closed means no handoff is taken, whoever is online: "agents available" would only mislead then.
        return new PublicAvailability(hours, hours.open() && presence.anyoneOnline(tenant));
    }

    @Override
    @Transactional
    public void onPresenceChanged(PresenceChanged report) {
        presence.record(report);
    }
}
