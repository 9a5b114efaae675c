package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.AutoAssignUseCase;
import dev.handoff.routing.application.port.in.Placement;
import dev.handoff.routing.application.port.in.Placement.Outcome;
import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.port.out.AssignmentCandidatesPort;
import dev.handoff.routing.application.port.out.OfferPort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.application.port.out.QueueHeadPort;
import dev.handoff.routing.application.port.out.QueueHeadPort.QueueHead;
import dev.handoff.routing.application.port.out.RoutingPolicyPort;
import dev.handoff.routing.application.port.out.StrategySettingsPort;
import dev.handoff.routing.domain.model.AssignmentCandidate;
import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.LeastBusyFirst;
import dev.handoff.routing.domain.model.LeastBusyFirst.Ranking;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueuePlace;
import dev.handoff.routing.domain.model.StrategySettings;
import dev.handoff.shared.event.Offered;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives the head of a queue to the least busy online agent who serves it (AUTO), or offers it to them
 * (AUTO_WITH_OFFER). The same lock discipline as a claim, so it is race-free across replicas and against
 * claims: the conversation's row is locked first ({@code skip locked}: a replica placing in parallel takes
 * the next one instead of waiting), then one agent's slot is taken with the claims' conditional update; a
 * candidate who filled up meanwhile fails that update and the next is tried. Presence is only read.
 */
@ApplicationScoped
public class AutoAssignService implements AutoAssignUseCase {
    private final StrategySettingsPort strategies;
    private final QueueHeadPort heads;
    private final AssignmentCandidatesPort candidates;
    private final AgentLoadPort load;
    private final RoutingPolicyPort policy;
    private final OfferPort offers;
    private final PublishConversationEventPort events;
    private final QueueAssignments assignments;
    private final Clock clock;

    public AutoAssignService(
            StrategySettingsPort strategies,
            QueueHeadPort heads,
            AssignmentCandidatesPort candidates,
            AgentLoadPort load,
            RoutingPolicyPort policy,
            OfferPort offers,
            PublishConversationEventPort events,
            QueueAssignments assignments,
            Clock clock) {
        this.strategies = strategies;
        this.heads = heads;
        this.candidates = candidates;
        this.load = load;
        this.policy = policy;
        this.offers = offers;
        this.events = events;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Placement placeNext(QueueKey key, QueuePlace after) {
        StrategySettings settings = strategies.effective(key);
        if (!settings.strategy().routesItself()) {
            return Placement.of(Outcome.MANUAL);
        }
        Optional<QueueHead> head = heads.lockNextWaiting(key, after);
        if (head.isEmpty()) {
            return Placement.of(Outcome.EMPTY);
        }
        ConversationHold hold = head.get().hold();
        QueuePlace place = head.get().place();
        int defaultLimit = policy.defaultMaxChatsPerAgent(key.tenant());
        boolean offering = settings.strategy() == AssignmentStrategy.AUTO_WITH_OFFER;
        Ranking ranking =
                LeastBusyFirst.rank(candidates.candidatesFor(hold.conversationId(), key, defaultLimit), offering);
        if (ranking.onlyPassedOver()) {
            return new Placement(Outcome.PASSED_OVER, place);
        }
        if (ranking.inOrder().isEmpty()) {
            return new Placement(Outcome.NO_AGENT, place);
        }
        if (offering) {
            offer(hold, ranking.inOrder().get(0), settings);
            return new Placement(Outcome.OFFERED, place);
        }
        return assignToFirstWithRoom(hold, ranking.inOrder(), defaultLimit)
                ? new Placement(Outcome.ASSIGNED, place)
                : new Placement(Outcome.NO_AGENT, place);
    }

    @Override
    @Transactional
    public List<QueueKey> queuesToServe(TenantId tenant) {
        return heads.queuesToServe(tenant);
    }

    private boolean assignToFirstWithRoom(ConversationHold hold, List<AssignmentCandidate> inOrder, int defaultLimit) {
        for (AssignmentCandidate candidate : inOrder) {
            // The ranking was read without locks: this conditional update is what decides.
            if (load.tryTakeSlot(hold.tenantId(), candidate.agentId(), defaultLimit)) {
                // The name from presence, as Assigned announces it and a refused claim repeats it.
                assignments.assign(hold, candidate.agentId(), candidate.displayName(), AssignmentMethod.AUTO);
                return true;
            }
        }
        return false;
    }

    /** No slot is taken yet: the agent takes one on accepting; the conversation keeps its place meanwhile. */
    private void offer(ConversationHold hold, AssignmentCandidate best, StrategySettings settings) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.offerTimeout());
        offers.offer(hold.conversationId(), best.agentId(), expiresAt);
        events.publish(
                new Offered(UUID.randomUUID(), now, hold.tenantId(), hold.conversationId(), best.agentId(), expiresAt));
    }
}
