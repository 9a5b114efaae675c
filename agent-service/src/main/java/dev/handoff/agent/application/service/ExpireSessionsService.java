package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ExpireSessionsUseCase;
import dev.handoff.agent.application.port.out.AgentNoticePort;
import dev.handoff.agent.application.port.out.AgentPresencePort;
import dev.handoff.agent.application.port.out.SessionTicketPort;
import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.SessionPolicy;
import dev.handoff.shared.id.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Ends grace periods and forgets what is no longer needed; safe to run on every replica at once. */
@ApplicationScoped
public class ExpireSessionsService implements ExpireSessionsUseCase {
    private final AgentPresencePort presences;
    private final AgentNoticePort notices;
    private final SessionTicketPort tickets;
    private final PresenceAnnouncer announcer;
    private final SessionPolicy policy;
    private final Clock clock;

    public ExpireSessionsService(
            AgentPresencePort presences,
            AgentNoticePort notices,
            SessionTicketPort tickets,
            PresenceAnnouncer announcer,
            SessionPolicy policy,
            Clock clock) {
        this.presences = presences;
        this.notices = notices;
        this.tickets = tickets;
        this.announcer = announcer;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void expirePresence() {
        Instant now = clock.instant();
        // A replica that died never closed its connections: once nobody confirms them, they count as closed.
        for (AgentId agentId : presences.removeConnectionsUnconfirmedSince(now.minus(policy.connectionStaleAfter()))) {
            presences.lock(agentId).ifPresent(presence -> {
                presence.connectionsLost(now, policy.offlineGrace());
                presences.save(presence);
            });
        }
        for (AgentPresence presence : presences.lockDueForOffline(now)) {
            presence.expireGrace(now).ifPresent(status -> announcer.announce(presence, status, now));
            presences.save(presence);
        }
    }

    @Override
    @Transactional
    public void prune() {
        Instant now = clock.instant();
        notices.prune(now.minus(policy.noticeRetention()), policy.noticesPerAgent());
        tickets.deleteExpired(now);
    }
}
