package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AcceptWaitsPort;
import dev.handoff.routing.application.port.out.AssignmentHistoryPort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.model.AssignmentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Takes a conversation out of its queue for an agent who already has the slot (claim, automatic assignment,
 * accepted offer): the row gets its holder and their display name, the queue's pace gets one more assignment,
 * {@code Assigned} goes to the outbox, and the queue is noted as changed, so the places behind it are announced
 * after the commit, outside this transaction.
 */
@ApplicationScoped
public class QueueAssignments {
    private final ClaimQueuePort queue;
    private final AssignmentHistoryPort history;
    private final PublishConversationEventPort events;
    private final QueueChangesPort changes;
    private final AcceptWaitsPort acceptWaits;
    private final Clock clock;

    public QueueAssignments(
            ClaimQueuePort queue,
            AssignmentHistoryPort history,
            PublishConversationEventPort events,
            QueueChangesPort changes,
            AcceptWaitsPort acceptWaits,
            Clock clock) {
        this.acceptWaits = acceptWaits;
        this.queue = queue;
        this.history = history;
        this.events = events;
        this.changes = changes;
        this.clock = clock;
    }

    /** Gives the locked, waiting (or offered) conversation to the agent, inside the caller's transaction. */
    public void assign(ConversationHold hold, AgentId agent, String displayName, AssignmentMethod method) {
        Instant now = clock.instant();
        QueueKey key = new QueueKey(hold.tenantId(), hold.team());
        Instant queuedAt = queue.assign(hold.conversationId(), agent, displayName, now);
        acceptWaits.assigned(hold.tenantId(), Duration.between(queuedAt, now));
        history.recordAssignment(key, now);
        events.publish(new Assigned(
                UUID.randomUUID(), now, hold.tenantId(), hold.conversationId(), agent, displayName, method));
        changes.record(key, new QueueChange.Reordered());
    }
}
