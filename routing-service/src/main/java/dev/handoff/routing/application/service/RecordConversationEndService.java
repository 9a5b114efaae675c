package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.RecordConversationEndUseCase;
import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Frees the agent's slot, or the visitor's place in the queue, once a conversation ends; exactly once. A freed
 * slot (or a dropped offer) may let routing place a waiting conversation.
 */
@ApplicationScoped
public class RecordConversationEndService implements RecordConversationEndUseCase {
    private final ClaimQueuePort queue;
    private final AgentLoadPort load;
    private final QueueChangesPort changes;
    private final AssignmentWakeupPort wakeups;
    private final Clock clock;

    public RecordConversationEndService(
            ClaimQueuePort queue,
            AgentLoadPort load,
            QueueChangesPort changes,
            AssignmentWakeupPort wakeups,
            Clock clock) {
        this.queue = queue;
        this.load = load;
        this.changes = changes;
        this.wakeups = wakeups;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void onEnded(ConversationId conversationId) {
        Optional<ConversationHold> locked = queue.lockHold(conversationId);
        if (locked.isEmpty() || locked.get().status() == QueueStatus.ENDED) {
            return;
        }
        ConversationHold hold = locked.get();
        queue.end(conversationId, clock.instant());
        if (hold.status() == QueueStatus.ASSIGNED) {
            load.releaseSlot(hold.tenantId(), hold.holder());
        } else {
            // Those behind the visitor who left move up; the announcer tells them after the commit.
            changes.record(new QueueKey(hold.tenantId(), hold.team()), new QueueChange.Reordered());
        }
        if (hold.status() != QueueStatus.WAITING) {
            wakeups.agentsChanged(hold.tenantId());
        }
    }
}
