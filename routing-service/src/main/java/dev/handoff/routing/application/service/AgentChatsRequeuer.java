package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.RequeueReason;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts every chat an agent holds back in its queue, at the place it had. Keeps the claims' lock
 * order: the conversation rows first (in arrival order, so two requeues never wait on each other in a
 * cycle), then the agent's load row; a claim on one of them waits, then finds it waiting.
 */
@ApplicationScoped
public class AgentChatsRequeuer {
    private final ClaimQueuePort queue;
    private final AgentLoadPort load;
    private final PublishConversationEventPort events;
    private final QueuePositionAnnouncer positions;
    private final Clock clock;

    public AgentChatsRequeuer(ClaimQueuePort queue, AgentLoadPort load, PublishConversationEventPort events,
            QueuePositionAnnouncer positions, Clock clock) {
        this.queue = queue;
        this.load = load;
        this.events = events;
        this.positions = positions;
        this.clock = clock;
    }

    /** Requeues the agent's chats; call inside the transaction of the change that caused it. */
    public List<ConversationId> requeueAllOf(TenantId tenant, AgentId agent, RequeueReason reason) {
        List<ConversationId> requeued = new ArrayList<>();
        // Each affected queue's order before the first of its conversations returns; null is the tenant-wide queue.
        Map<TeamId, List<ConversationId>> before = new LinkedHashMap<>();
        for (ConversationId id : queue.heldBy(tenant, agent)) {
            Optional<ConversationHold> locked = queue.lockHold(id);
            // It may have ended or changed hands between the listing and the lock.
            if (locked.isEmpty() || !agent.equals(locked.get().holder())) {
                continue;
            }
            TeamId team = locked.get().team();
            if (!before.containsKey(team)) {
                before.put(team, positions.snapshot(tenant, team));
            }
            queue.returnToQueue(id, team);
            requeued.add(id);
        }
        requeued.forEach(id -> load.releaseSlot(tenant, agent));
        Instant now = clock.instant();
        requeued.forEach(id -> events.publish(new Requeued(UUID.randomUUID(), now, tenant, id, agent, reason.code())));
        before.forEach((team, order) -> positions.announceMoves(tenant, team, order));
        return requeued;
    }
}
