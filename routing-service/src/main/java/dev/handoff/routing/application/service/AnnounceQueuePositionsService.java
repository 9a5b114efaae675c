package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.AnnounceQueuePositionsUseCase;
import dev.handoff.routing.application.port.out.AnnouncedPositionsPort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.application.port.out.QueueOrderPort;
import dev.handoff.routing.application.port.out.QueueRulesPort;
import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.PositionAnnouncements;
import dev.handoff.routing.domain.model.PositionAnnouncements.Plan;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueOutlook;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Announces places outside the transactions that change queues: those only note the change (one insert), and
 * this computes a changed queue's places once, for its latest state, however many changes piled up meanwhile.
 * Replicas split the queues: each reserves the queue it announces in the database for its transaction, and one
 * that finds a queue reserved takes another; so a queue is announced by one at a time, and the next to reserve
 * it reads what the previous one told.
 */
@ApplicationScoped
public class AnnounceQueuePositionsService implements AnnounceQueuePositionsUseCase {
    private final QueueChangesPort changes;
    private final QueueOrderPort order;
    private final AnnouncedPositionsPort told;
    private final WaitEstimates estimates;
    private final PublishConversationEventPort events;
    private final QueueRulesPort rules;
    private final Clock clock;

    public AnnounceQueuePositionsService(
            QueueChangesPort changes,
            QueueOrderPort order,
            AnnouncedPositionsPort told,
            WaitEstimates estimates,
            PublishConversationEventPort events,
            QueueRulesPort rules,
            Clock clock) {
        this.changes = changes;
        this.order = order;
        this.told = told;
        this.estimates = estimates;
        this.events = events;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long latestChange() {
        return changes.latest();
    }

    @Override
    @Transactional
    public boolean announceNextQueue(long upTo) {
        Optional<QueueKey> next = changes.reserveNextChanged(upTo);
        if (next.isEmpty()) {
            return false;
        }
        QueueKey queue = next.get();
        QueueChangesPort.Pending pending = changes.changesOf(queue);
        // Read after the changes: each of them committed before these reads, so its effect is seen. The order right
        // after them, as before the offer to leave a message was added: the rest of the reads come after it.
        List<ConversationId> line = order.waitingIn(queue.tenant(), queue.team());
        Map<ConversationId, AnnouncedPlace> before = told.toldIn(queue);
        Instant now = clock.instant();
        QueueOutlook outlook = estimates
                .outlook(queue)
                .withLeaveMessageAfter(rules.rules(queue.tenant()).leaveMessageAfter(), now);
        Plan plan = PositionAnnouncements.plan(
                line, order.arrivalsIn(queue.tenant(), queue.team()), before, pending.changes(), outlook);
        plan.announce()
                .forEach((id, place) -> events.publish(new QueuePositionChanged(
                        UUID.randomUUID(),
                        now,
                        queue.tenant(),
                        id,
                        place.position(),
                        place.waitSeconds(),
                        place.status(),
                        place.leaveMessageOffered() ? Boolean.TRUE : null)));
        told.store(queue, plan.store(), plan.gone());
        changes.remove(pending);
        estimates.forgetUnused(queue);
        return true;
    }
}
