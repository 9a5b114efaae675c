package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AssignmentPacePort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.application.port.out.QueueOrderPort;
import dev.handoff.routing.domain.model.WaitEstimate;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Tells the visitors of one queue their new position and wait after the queue changed. */
@ApplicationScoped
public class QueuePositionAnnouncer {
    private final QueueOrderPort queue;
    private final AssignmentPacePort pace;
    private final PublishConversationEventPort events;
    private final Clock clock;

    public QueuePositionAnnouncer(QueueOrderPort queue, AssignmentPacePort pace, PublishConversationEventPort events,
            Clock clock) {
        this.queue = queue;
        this.pace = pace;
        this.events = events;
        this.clock = clock;
    }

    /** The 1-based position of a waiting conversation in its queue, 0 when it is not waiting. */
    public int positionOf(TenantId tenant, TeamId team, ConversationId conversationId) {
        return queue.waitingIn(tenant, team).indexOf(conversationId) + 1;
    }

    /** Announces every position from {@code firstChanged} (1-based) to the end of the queue. */
    public void announceFrom(TenantId tenant, TeamId team, int firstChanged) {
        List<ConversationId> waiting = queue.waitingIn(tenant, team);
        Duration perAssignment = pace.timeBetweenAssignments(tenant);
        for (int position = Math.max(1, firstChanged); position <= waiting.size(); position++) {
            events.publish(new QueuePositionChanged(UUID.randomUUID(), clock.instant(), tenant,
                    waiting.get(position - 1), position, WaitEstimate.forPosition(position, perAssignment).toSeconds()));
        }
    }

    /** The serving order of one queue now, to hand to {@link #announceMoves} after changing it. */
    public List<ConversationId> snapshot(TenantId tenant, TeamId team) {
        return queue.waitingIn(tenant, team);
    }

    /**
     * Announces every conversation whose position differs from {@code before}, conversations that
     * were not waiting then included: conversations put back in the middle move those behind them.
     */
    public void announceMoves(TenantId tenant, TeamId team, List<ConversationId> before) {
        List<ConversationId> waiting = queue.waitingIn(tenant, team);
        Duration perAssignment = pace.timeBetweenAssignments(tenant);
        for (int index = 0; index < waiting.size(); index++) {
            if (before.indexOf(waiting.get(index)) != index) {
                int position = index + 1;
                events.publish(new QueuePositionChanged(UUID.randomUUID(), clock.instant(), tenant, waiting.get(index),
                        position, WaitEstimate.forPosition(position, perAssignment).toSeconds()));
            }
        }
    }
}
