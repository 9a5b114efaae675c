package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.EnqueueHandoffCommand;
import dev.handoff.routing.application.port.in.EnqueueHandoffUseCase;
import dev.handoff.routing.application.port.out.AssignmentPacePort;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.application.port.out.QueuePort;
import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.WaitEstimate;
import dev.handoff.shared.event.Queued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Queues handoffs, announces their position and estimated wait, and asks routing to place them (AUTO strategies). */
@ApplicationScoped
public class EnqueueHandoffService implements EnqueueHandoffUseCase {
    private final QueuePort queue;
    private final AssignmentPacePort pace;
    private final PublishConversationEventPort events;
    private final QueuePositionAnnouncer positions;
    private final AssignmentWakeupPort wakeups;
    private final Clock clock;

    public EnqueueHandoffService(QueuePort queue, AssignmentPacePort pace, PublishConversationEventPort events,
            QueuePositionAnnouncer positions, AssignmentWakeupPort wakeups, Clock clock) {
        this.queue = queue;
        this.pace = pace;
        this.events = events;
        this.positions = positions;
        this.wakeups = wakeups;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void enqueue(EnqueueHandoffCommand command) {
        QueueEntry entry = new QueueEntry(command.conversationId(), command.tenantId(), command.botId(), command.team(),
                command.priority(), command.requestedAt(), command.visitorName(), command.preview());
        if (!queue.addIfAbsent(entry)) {
            return;
        }
        int position = queue.positionOf(entry.conversationId());
        long waitSeconds = WaitEstimate.forPosition(position, pace.timeBetweenAssignments(entry.tenantId())).toSeconds();
        events.publish(new Queued(UUID.randomUUID(), clock.instant(), entry.tenantId(), entry.conversationId(),
                entry.botId(), entry.team(), entry.priority(), position, waitSeconds));
        // A higher priority arrives ahead of earlier visitors: they moved back.
        positions.announceFrom(entry.tenantId(), entry.team(), position + 1);
        wakeups.queueChanged(new QueueKey(entry.tenantId(), entry.team()));
    }
}
