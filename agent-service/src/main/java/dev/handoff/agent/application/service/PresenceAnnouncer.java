package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.PublishPresencePort;
import dev.handoff.agent.application.port.out.SupervisionChangesPort;
import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.model.PresenceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Tells routing, and the tenant's supervisors' overviews, about a presence change, inside the caller's transaction. */
@ApplicationScoped
public class PresenceAnnouncer {
    /** Routing applies its own per-agent limit when the agent names none. */
    static final int ROUTING_DECIDES_CAPACITY = 0;

    private final PublishPresencePort events;
    private final SupervisionChangesPort supervision;

    public PresenceAnnouncer(PublishPresencePort events, SupervisionChangesPort supervision) {
        this.events = events;
        this.supervision = supervision;
    }

    void announce(AgentPresence presence, PresenceStatus status, Instant now) {
        AgentProfile profile = presence.profile();
        List<TeamId> teams = profile.teams().stream()
                .sorted(Comparator.comparing(TeamId::value))
                .toList();
        // Languages are not known yet (no agent settings): an empty list means "any" to routing.
        events.publish(new PresenceChanged(
                UUID.randomUUID(),
                now,
                profile.tenantId(),
                profile.agentId(),
                profile.displayName(),
                status,
                ROUTING_DECIDES_CAPACITY,
                teams,
                List.of()));
        supervision.announce(profile.tenantId());
    }
}
