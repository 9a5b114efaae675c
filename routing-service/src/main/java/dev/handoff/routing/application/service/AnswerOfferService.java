package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.AnswerOfferCommand;
import dev.handoff.routing.application.port.in.AnswerOfferUseCase;
import dev.handoff.routing.application.port.in.Claimed;
import dev.handoff.routing.application.port.in.OfferRefusedException;
import dev.handoff.routing.application.port.in.OfferRefusedException.Reason;
import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.OfferPort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.application.port.out.RoutingPolicyPort;
import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.OfferDecision;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.RequeueReason;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Accepting and declining offers. The lock order is a claim's: the conversation's row, then (on accept) the
 * agent's load row with the conditional update, so answers, claims, sweeps and assignments never deadlock.
 * An accept at capacity changes nothing: the offer stays open until it is declined or expires.
 */
@ApplicationScoped
public class AnswerOfferService implements AnswerOfferUseCase {
    private final ClaimQueuePort queue;
    private final OfferPort offers;
    private final AgentLoadPort load;
    private final RoutingPolicyPort policy;
    private final PublishConversationEventPort events;
    private final QueueAssignments assignments;
    private final AssignmentWakeupPort wakeups;
    private final Clock clock;

    public AnswerOfferService(
            ClaimQueuePort queue,
            OfferPort offers,
            AgentLoadPort load,
            RoutingPolicyPort policy,
            PublishConversationEventPort events,
            QueueAssignments assignments,
            AssignmentWakeupPort wakeups,
            Clock clock) {
        this.queue = queue;
        this.offers = offers;
        this.load = load;
        this.policy = policy;
        this.events = events;
        this.assignments = assignments;
        this.wakeups = wakeups;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Claimed accept(AnswerOfferCommand command) {
        ConversationId id = command.conversationId();
        Claimant agent = command.agent();
        Instant now = clock.instant();
        ConversationHold hold = lock(id);
        OfferDecision decision = decide(hold, agent, now);
        if (decision == OfferDecision.ALREADY_YOURS) {
            return new Claimed(id, agent.agentId(), true);
        }
        refuseUnlessOpen(id, decision);
        TenantId tenant = hold.tenantId();
        int defaultLimit = policy.defaultMaxChatsPerAgent(tenant);
        if (!load.tryTakeSlot(tenant, agent.agentId(), defaultLimit)) {
            throw new OfferRefusedException(
                    id, Reason.AT_CAPACITY, load.limitOf(tenant, agent.agentId(), defaultLimit));
        }
        // The accepting agent's name from their token, as for a claim.
        assignments.assign(hold, agent.agentId(), agent.displayName(), AssignmentMethod.AUTO);
        return new Claimed(id, agent.agentId(), false);
    }

    @Override
    @Transactional
    public void decline(AnswerOfferCommand command) {
        ConversationId id = command.conversationId();
        Claimant agent = command.agent();
        Instant now = clock.instant();
        ConversationHold hold = lock(id);
        OfferDecision decision = decide(hold, agent, now);
        // Declining a chat one already holds is not an answer to an offer.
        refuseUnlessOpen(id, decision == OfferDecision.ALREADY_YOURS ? OfferDecision.NO_OFFER : decision);
        offers.passOver(id, agent.agentId(), PassOverReason.DECLINED, now);
        offers.withdraw(id);
        load.resetMissedOffers(hold.tenantId(), agent.agentId());
        events.publish(new Requeued(
                UUID.randomUUID(), now, hold.tenantId(), id, agent.agentId(), RequeueReason.OFFER_DECLINED.code()));
        wakeups.queueChanged(new QueueKey(hold.tenantId(), hold.team()));
    }

    private ConversationHold lock(ConversationId id) {
        return queue.lockHold(id).orElseThrow(() -> OfferRefusedException.because(id, Reason.NOT_FOUND));
    }

    private OfferDecision decide(ConversationHold hold, Claimant agent, Instant now) {
        return hold.decideOfferAnswerBy(
                agent.agentId(), agent.tenantId(), now, offers.timedOut(hold.conversationId(), agent.agentId()));
    }

    private static void refuseUnlessOpen(ConversationId id, OfferDecision decision) {
        switch (decision) {
            case OPEN -> {}
            case EXPIRED -> throw OfferRefusedException.because(id, Reason.EXPIRED);
            case NOT_YOURS -> throw OfferRefusedException.because(id, Reason.NOT_YOURS);
            default -> throw OfferRefusedException.because(id, Reason.NO_OFFER);
        }
    }
}
