package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.ClaimConversationCommand;
import dev.handoff.routing.application.port.in.ClaimConversationUseCase;
import dev.handoff.routing.application.port.in.ClaimRefusedException;
import dev.handoff.routing.application.port.in.ClaimRefusedException.Reason;
import dev.handoff.routing.application.port.in.Claimed;
import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.port.out.AgentPresencePort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.RoutingPolicyPort;
import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.AssignmentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * First come, first served. Correctness rests on PostgreSQL alone, so it holds across replicas: the
 * conversation's row is locked first (concurrent claims on it wait, then see it taken), then the
 * agent's load row is updated conditionally (concurrent claims by one agent cannot pass the limit).
 * Always in that order, so two claims never wait on each other in a cycle. The claimant's teams come from
 * their presence when routing knows it (see {@link Claimant}), read without a lock before any row is locked.
 */
@ApplicationScoped
public class ClaimConversationService implements ClaimConversationUseCase {
    private final ClaimQueuePort queue;
    private final AgentLoadPort load;
    private final RoutingPolicyPort policy;
    private final AgentPresencePort presences;
    private final QueueAssignments assignments;

    public ClaimConversationService(
            ClaimQueuePort queue,
            AgentLoadPort load,
            RoutingPolicyPort policy,
            AgentPresencePort presences,
            QueueAssignments assignments) {
        this.queue = queue;
        this.load = load;
        this.policy = policy;
        this.presences = presences;
        this.assignments = assignments;
    }

    @Override
    @Transactional
    public Claimed claim(ClaimConversationCommand command) {
        ConversationId id = command.conversationId();
        Claimant token = command.claimant();
        Claimant claimant = token.withTeamsOf(presences.find(token.tenantId(), token.agentId()));
        ConversationHold hold =
                queue.lockHold(id).orElseThrow(() -> ClaimRefusedException.because(id, Reason.NOT_QUEUED));
        switch (hold.decideClaimBy(claimant)) {
            case ALREADY_YOURS:
                return new Claimed(id, claimant.agentId(), true);
            case HELD_BY_ANOTHER:
                throw new ClaimRefusedException(id, Reason.HELD_BY_ANOTHER, hold.holder(), hold.holderDisplayName(), 0);
            case OFFERED_TO_ANOTHER:
                throw new ClaimRefusedException(
                        id, Reason.OFFERED_TO_ANOTHER, hold.offeredTo().orElseThrow(), 0);
            case NO_LONGER_WAITING:
                throw ClaimRefusedException.because(id, Reason.NO_LONGER_WAITING);
            case NOT_YOURS_TO_TAKE:
                throw ClaimRefusedException.because(id, Reason.NOT_YOURS_TO_TAKE);
            case TAKE:
            default:
                break;
        }
        int defaultLimit = policy.defaultMaxChatsPerAgent(claimant.tenantId());
        if (!load.tryTakeSlot(claimant.tenantId(), claimant.agentId(), defaultLimit)) {
            throw new ClaimRefusedException(
                    id, Reason.AT_CAPACITY, null, load.limitOf(claimant.tenantId(), claimant.agentId(), defaultLimit));
        }
        assignments.assign(hold, claimant.agentId(), claimant.displayName(), AssignmentMethod.CLAIM);
        return new Claimed(id, claimant.agentId(), false);
    }
}
