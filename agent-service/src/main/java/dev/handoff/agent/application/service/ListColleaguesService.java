package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.Colleague;
import dev.handoff.agent.application.port.in.ListColleaguesUseCase;
import dev.handoff.agent.application.port.out.AgentPresencePort;
import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.shared.model.PresenceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/** Lists who a chat can be handed to: connected agents of the same tenant, the viewer left out. */
@ApplicationScoped
public class ListColleaguesService implements ListColleaguesUseCase {
    private final AgentPresencePort presences;
    private final Clock clock;

    public ListColleaguesService(AgentPresencePort presences, Clock clock) {
        this.presences = presences;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<Colleague> colleagues(AgentProfile viewer) {
        // Agents in their reconnect grace are not connected but still ONLINE/AWAY: look back far enough.
        return presences.connectedOrSeenSince(viewer.tenantId(), clock.instant().minus(Duration.ofHours(1))).stream()
                .filter(p -> p.status() != PresenceStatus.OFFLINE)
                .filter(p -> !p.profile().agentId().equals(viewer.agentId()))
                .map(ListColleaguesService::toColleague)
                .sorted(Comparator.comparing((Colleague c) -> c.status() != PresenceStatus.ONLINE)
                        .thenComparing(c -> c.displayName().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    private static Colleague toColleague(AgentPresence p) {
        return new Colleague(
                p.profile().agentId(),
                p.profile().displayName(),
                p.status(),
                p.profile().teams());
    }
}
