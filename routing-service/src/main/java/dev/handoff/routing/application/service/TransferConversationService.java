package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.TransferConversationCommand;
import dev.handoff.routing.application.port.in.TransferConversationUseCase;
import dev.handoff.routing.application.port.in.TransferRefusedException;
import dev.handoff.routing.application.port.in.TransferRefusedException.Reason;
import dev.handoff.routing.application.port.in.TransferResult;
import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.port.out.AgentPresencePort;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.application.port.out.RoutingPolicyPort;
import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.routing.domain.model.RequeueReason;
import dev.handoff.routing.domain.model.TransferTarget;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Hands a held conversation on. Same lock discipline as claims: the conversation's row first, then
 * the load rows of the two agents in agent id order, so transfers, claims and requeues never wait on
 * each other in a cycle. The previous holder's slot is freed in the same transaction, which may let routing
 * place a waiting conversation with them (AUTO strategies).
 */
@ApplicationScoped
public class TransferConversationService implements TransferConversationUseCase {
    private final ClaimQueuePort queue;
    private final AgentLoadPort load;
    private final RoutingPolicyPort policy;
    private final AgentPresencePort presences;
    private final PublishConversationEventPort events;
    private final QueueChangesPort changes;
    private final AssignmentWakeupPort wakeups;
    private final QueueAssignments assignments;
    private final Clock clock;

    public TransferConversationService(
            ClaimQueuePort queue,
            AgentLoadPort load,
            RoutingPolicyPort policy,
            AgentPresencePort presences,
            PublishConversationEventPort events,
            QueueChangesPort changes,
            AssignmentWakeupPort wakeups,
            QueueAssignments assignments,
            Clock clock) {
        this.assignments = assignments;
        this.queue = queue;
        this.load = load;
        this.policy = policy;
        this.presences = presences;
        this.events = events;
        this.changes = changes;
        this.wakeups = wakeups;
        this.clock = clock;
    }

    @Override
    @Transactional
    public TransferResult transfer(TransferConversationCommand command) {
        ConversationId id = command.conversationId();
        ConversationHold hold =
                queue.lockHold(id).orElseThrow(() -> TransferRefusedException.because(id, Reason.NOT_FOUND));
        TransferTarget target = command.target();
        switch (hold.decideTransferBy(command.transferor())) {
            case NOT_YOURS:
                throw TransferRefusedException.because(id, Reason.NOT_YOURS);
            case NOT_ASSIGNED:
                throw TransferRefusedException.because(id, Reason.NOT_ASSIGNED);
            case ASSIGN_WAITING:
                if (target instanceof TransferTarget.ToAgent toAgent) {
                    return assignWaiting(hold, toAgent.agentId());
                }
                throw TransferRefusedException.because(id, Reason.NOT_ASSIGNED);
            case ALLOWED:
            default:
                break;
        }
        // Whichever way it goes, the holder has a slot free afterwards (and a queue may have a chat back).
        wakeups.agentsChanged(hold.tenantId());
        if (target instanceof TransferTarget.ToAgent toAgent) {
            return toAgent(hold, toAgent.agentId());
        }
        TeamId chosenTeam = target instanceof TransferTarget.ToTeam toTeam ? toTeam.team() : null;
        return toQueue(hold, chosenTeam);
    }

    private TransferResult toAgent(ConversationHold hold, AgentId target) {
        ConversationId id = hold.conversationId();
        if (target.equals(hold.holder())) {
            throw new TransferRefusedException(id, Reason.TARGET_ALREADY_HOLDS, target, 0);
        }
        // A plain read: waiting for the presence row here could close a cycle with a presence change.
        AgentPresence presence = presences
                .find(hold.tenantId(), target)
                .filter(AgentPresence::available)
                .orElseThrow(() -> new TransferRefusedException(id, Reason.AGENT_UNAVAILABLE, target, 0));
        moveSlot(hold.tenantId(), hold.holder(), target, id);
        Instant now = clock.instant();
        queue.reassign(id, target, presence.displayName(), now);
        events.publish(new Transferred(UUID.randomUUID(), now, hold.tenantId(), id, hold.holder(), target, null));
        events.publish(new Assigned(
                UUID.randomUUID(),
                now,
                hold.tenantId(),
                id,
                target,
                presence.displayName(),
                AssignmentMethod.TRANSFER));
        return new TransferResult(id, hold.holder(), target, hold.team(), QueueStatus.ASSIGNED);
    }

    /**
     * A supervisor gives a waiting (or offered: the offer ends) conversation to an agent, as a claim by that agent
     * would: the target's slot with the claims' conditional update, then {@code Assigned} (method {@code TRANSFER}).
     */
    private TransferResult assignWaiting(ConversationHold hold, AgentId target) {
        ConversationId id = hold.conversationId();
        AgentPresence presence = presences
                .find(hold.tenantId(), target)
                .filter(AgentPresence::available)
                .orElseThrow(() -> new TransferRefusedException(id, Reason.AGENT_UNAVAILABLE, target, 0));
        int defaultLimit = policy.defaultMaxChatsPerAgent(hold.tenantId());
        if (!load.tryTakeSlot(hold.tenantId(), target, defaultLimit)) {
            throw new TransferRefusedException(
                    id, Reason.AT_CAPACITY, target, load.limitOf(hold.tenantId(), target, defaultLimit));
        }
        assignments.assign(hold, target, presence.displayName(), AssignmentMethod.TRANSFER);
        return new TransferResult(id, null, target, hold.team(), QueueStatus.ASSIGNED);
    }

    /** Back to its own queue ({@code chosenTeam} null) or to a team's, at the place it had by priority and arrival. */
    private TransferResult toQueue(ConversationHold hold, TeamId chosenTeam) {
        ConversationId id = hold.conversationId();
        TenantId tenant = hold.tenantId();
        TeamId team = chosenTeam == null ? hold.team() : chosenTeam;
        queue.returnToQueue(id, team);
        load.releaseSlot(tenant, hold.holder());
        Instant now = clock.instant();
        events.publish(new Transferred(UUID.randomUUID(), now, tenant, id, hold.holder(), null, chosenTeam));
        events.publish(
                new Requeued(UUID.randomUUID(), now, tenant, id, hold.holder(), RequeueReason.TRANSFERRED.code()));
        // It and those behind its place hear their places from the announcer, after the commit.
        changes.record(new QueueKey(tenant, team), new QueueChange.Returned(id));
        return new TransferResult(id, hold.holder(), null, team, QueueStatus.WAITING);
    }

    /** Frees the holder's slot and takes one of the target's, touching the two load rows in agent id order. */
    private void moveSlot(TenantId tenant, AgentId from, AgentId to, ConversationId id) {
        int defaultLimit = policy.defaultMaxChatsPerAgent(tenant);
        boolean fromFirst = from.value().compareTo(to.value()) < 0;
        if (fromFirst) {
            load.releaseSlot(tenant, from);
        }
        if (!load.tryTakeSlot(tenant, to, defaultLimit)) {
            // Thrown inside the transaction: the release above is rolled back with it.
            throw new TransferRefusedException(id, Reason.AT_CAPACITY, to, load.limitOf(tenant, to, defaultLimit));
        }
        if (!fromFirst) {
            load.releaseSlot(tenant, from);
        }
    }
}
