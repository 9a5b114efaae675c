package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.AgentSessionUseCase;
import dev.handoff.agent.application.port.in.OpenSessionCommand;
import dev.handoff.agent.application.port.in.OpenedSession;
import dev.handoff.agent.application.port.in.TicketRejectedException;
import dev.handoff.agent.application.port.in.TicketRejectedException.Reason;
import dev.handoff.agent.application.port.out.AgentNoticePort;
import dev.handoff.agent.application.port.out.AgentPresencePort;
import dev.handoff.agent.application.port.out.SessionTicketPort;
import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.SessionPolicy;
import dev.handoff.agent.domain.model.SessionTicket;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.model.PresenceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/**
 * Opens and closes agent sessions. The connection count lives in PostgreSQL under the agent's row lock,
 * so two replicas opening or closing an agent's tabs at once still count right.
 */
@ApplicationScoped
public class AgentSessionService implements AgentSessionUseCase {
    private final SessionTicketPort tickets;
    private final AgentPresencePort presences;
    private final AgentNoticePort notices;
    private final PresenceAnnouncer announcer;
    private final SessionPolicy policy;
    private final Clock clock;

    public AgentSessionService(
            SessionTicketPort tickets,
            AgentPresencePort presences,
            AgentNoticePort notices,
            PresenceAnnouncer announcer,
            SessionPolicy policy,
            Clock clock) {
        this.tickets = tickets;
        this.presences = presences;
        this.notices = notices;
        this.announcer = announcer;
        this.policy = policy;
        this.clock = clock;
    }

    // Not rolled back by a rejection: the redeemed ticket must stay used even when it turns out expired.
    @Override
    @Transactional(dontRollbackOn = TicketRejectedException.class)
    public OpenedSession open(OpenSessionCommand command) {
        if (command.ticket() == null || command.ticket().isBlank()) {
            throw new TicketRejectedException(Reason.MISSING);
        }
        SessionTicket ticket =
                tickets.take(command.ticket()).orElseThrow(() -> new TicketRejectedException(Reason.UNKNOWN_OR_USED));
        Instant now = clock.instant();
        if (!ticket.usableAt(now)) {
            throw new TicketRejectedException(Reason.EXPIRED);
        }
        AgentProfile profile = ticket.profile();
        AgentPresence presence = presences.lockOrStart(profile);
        if (presence.lastSeenAt().isPresent() && !presence.reachableSince(now.minus(policy.noticeRetention()))) {
            // Away longer than notices are kept: some were never written for this agent. A skipped seq
            // makes a resume from before the absence report itself incomplete instead of silently short.
            notices.skip(profile.agentId());
        }
        presences.addConnection(profile.agentId(), command.connectionId(), now);
        presence.connected(profile, now).ifPresent(status -> announcer.announce(presence, status, now));
        presences.save(presence);
        return new OpenedSession(profile, presence.status(), notices.lastSeq(profile.agentId()));
    }

    @Override
    @Transactional
    public void close(AgentId agentId, String connectionId) {
        Instant now = clock.instant();
        presences.lock(agentId).ifPresent(presence -> {
            if (presences.removeConnection(connectionId)) {
                presence.disconnected(now, policy.offlineGrace());
                presences.save(presence);
            }
        });
    }

    @Override
    @Transactional
    public void choose(AgentId agentId, PresenceStatus status) {
        Instant now = clock.instant();
        presences.lock(agentId).ifPresent(presence -> {
            presence.choose(status).ifPresent(changed -> announcer.announce(presence, changed, now));
            presences.save(presence);
        });
    }

    @Override
    @Transactional
    public void heartbeat(Collection<String> connectionIds) {
        if (!connectionIds.isEmpty()) {
            presences.confirmConnections(connectionIds, clock.instant());
        }
    }
}
