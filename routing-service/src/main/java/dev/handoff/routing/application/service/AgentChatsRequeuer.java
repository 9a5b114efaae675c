package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.OfferPort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.RequeueReason;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Takes back what an agent who left has: their open offers, and (if the tenant wants it) the chats they hold,
 * each back at the place it had. Keeps the claims' lock order: the conversation rows first, offered and held
 * together in arrival order (so two of these never wait on each other in a cycle), then the agent's load row;
 * a claim on one of them waits, then finds it waiting.
 */
@ApplicationScoped
public class AgentChatsRequeuer {
    private final ClaimQueuePort queue;
    private final OfferPort offers;
    private final AgentLoadPort load;
    private final PublishConversationEventPort events;
    private final QueueChangesPort changes;
    private final AssignmentWakeupPort wakeups;
    private final Clock clock;

    public AgentChatsRequeuer(
            ClaimQueuePort queue,
            OfferPort offers,
            AgentLoadPort load,
            PublishConversationEventPort events,
            QueueChangesPort changes,
            AssignmentWakeupPort wakeups,
            Clock clock) {
        this.queue = queue;
        this.offers = offers;
        this.load = load;
        this.events = events;
        this.changes = changes;
        this.wakeups = wakeups;
        this.clock = clock;
    }

    /**
     * Puts the agent's open offers, and with {@code heldToo} their chats, back in their queues; call inside the
     * transaction of the change that caused it. Returns the conversations that went back.
     */
    public List<ConversationId> takeBackFrom(TenantId tenant, AgentId agent, RequeueReason reason, boolean heldToo) {
        List<ConversationId> requeued = new ArrayList<>();
        int slotsFreed = 0;
        Set<QueueKey> affected = new LinkedHashSet<>();
        for (ConversationId id : queue.inHandsOf(tenant, agent, heldToo)) {
            Optional<ConversationHold> locked = queue.lockHold(id);
            // It may have ended, changed hands or been answered between the listing and the lock.
            if (locked.isEmpty()) {
                continue;
            }
            ConversationHold hold = locked.get();
            QueueKey key = new QueueKey(tenant, hold.team());
            if (heldToo && agent.equals(hold.holder())) {
                queue.returnToQueue(id, hold.team());
                // Back at its place: it and those behind it hear their places from the announcer.
                changes.record(key, new QueueChange.Returned(id));
                slotsFreed++;
            } else if (hold.offeredTo().filter(agent::equals).isPresent()) {
                // An offer never left the queue: nobody's place changes.
                offers.withdraw(id);
            } else {
                continue;
            }
            affected.add(key);
            requeued.add(id);
        }
        for (int i = 0; i < slotsFreed; i++) {
            load.releaseSlot(tenant, agent);
        }
        Instant now = clock.instant();
        requeued.forEach(id -> events.publish(new Requeued(UUID.randomUUID(), now, tenant, id, agent, reason.code())));
        affected.forEach(wakeups::queueChanged);
        return requeued;
    }
}
