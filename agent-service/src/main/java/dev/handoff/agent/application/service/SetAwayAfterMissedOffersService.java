package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.SetAwayAfterMissedOffersUseCase;
import dev.handoff.agent.application.port.out.AgentPresencePort;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.shared.event.OffersMissed;
import dev.handoff.shared.model.PresenceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * An agent who lets offers lapse is not at their desk: they are set away as if they had chosen it (routing hears
 * the change), and their consoles are told why. An agent who is offline or already away stays as they are; routing
 * offers them nothing until their next presence report anyway.
 */
@ApplicationScoped
public class SetAwayAfterMissedOffersService implements SetAwayAfterMissedOffersUseCase {
    private final AgentPresencePort presences;
    private final PresenceAnnouncer announcer;
    private final NoticeDistributor board;
    private final Clock clock;

    public SetAwayAfterMissedOffersService(
            AgentPresencePort presences, PresenceAnnouncer announcer, NoticeDistributor board, Clock clock) {
        this.presences = presences;
        this.announcer = announcer;
        this.board = board;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void onOffersMissed(OffersMissed event) {
        Instant now = clock.instant();
        presences
                .lock(event.agentId())
                .filter(presence -> presence.profile().tenantId().equals(event.tenantId()))
                .ifPresent(presence -> {
                    presence.choose(PresenceStatus.AWAY).ifPresent(changed -> {
                        announcer.announce(presence, changed, now);
                        board.toAgent(
                                event.tenantId(),
                                event.agentId(),
                                new AgentNotice.SetAway(event.conversationId(), event.missedInARow()));
                    });
                    presences.save(presence);
                });
    }
}
