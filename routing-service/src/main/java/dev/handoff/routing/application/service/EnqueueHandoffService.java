package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.EnqueueHandoffCommand;
import dev.handoff.routing.application.port.in.EnqueueHandoffUseCase;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.application.port.out.QueuePort;
import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.event.Queued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Queues handoffs, announces their position and estimated wait, and asks routing to place them (AUTO strategies). */
@ApplicationScoped
public class EnqueueHandoffService implements EnqueueHandoffUseCase {
    private final QueuePort queue;
    private final WaitEstimates estimates;
    private final PublishConversationEventPort events;
    private final QueueChangesPort changes;
    private final AssignmentWakeupPort wakeups;
    private final Clock clock;

    public EnqueueHandoffService(
            QueuePort queue,
            WaitEstimates estimates,
            PublishConversationEventPort events,
            QueueChangesPort changes,
            AssignmentWakeupPort wakeups,
            Clock clock) {
        this.queue = queue;
        this.estimates = estimates;
        this.events = events;
        this.changes = changes;
        this.wakeups = wakeups;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void enqueue(EnqueueHandoffCommand command) {
        QueueEntry entry = new QueueEntry(
                command.conversationId(),
                command.tenantId(),
                command.botId(),
                command.team(),
                command.priority(),
                command.requestedAt(),
                command.visitorName(),
                command.preview());
        if (!queue.addIfAbsent(entry)) {
            return;
        }
        QueueKey key = new QueueKey(entry.tenantId(), entry.team());
        AnnouncedPlace place = estimates.placeAt(key, queue.positionOf(entry.conversationId()));
        events.publish(new Queued(
                UUID.randomUUID(),
                clock.instant(),
                entry.tenantId(),
                entry.conversationId(),
                entry.botId(),
                entry.team(),
                entry.priority(),
                place.position(),
                place.waitSeconds(),
                place.status()));
        // A higher priority arrives ahead of earlier visitors, who moved back: the announcer tells them. It also
        // learns what Queued told this one, so that it does not repeat it.
        changes.record(key, new QueueChange.Joined(entry.conversationId(), place));
        wakeups.queueChanged(key);
    }
}
