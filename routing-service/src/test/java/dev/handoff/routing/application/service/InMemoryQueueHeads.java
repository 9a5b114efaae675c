package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.QueueHeadPort;
import dev.handoff.routing.application.port.out.StrategySettingsPort;
import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueuePlace;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fronts of the in-memory queues; a row's index in arrival order stands in for {@code seq}. Which queues are
 * worth serving depends on the strategies, read as the table's join reads them.
 */
final class InMemoryQueueHeads implements QueueHeadPort {
    private final InMemoryTables tables;
    private final StrategySettingsPort strategies;

    InMemoryQueueHeads(InMemoryTables tables, StrategySettingsPort strategies) {
        this.tables = tables;
        this.strategies = strategies;
    }

    @Override
    public Optional<QueueHead> lockNextWaiting(QueueKey queue, QueuePlace after) {
        List<ConversationHold> inArrival = new ArrayList<>(tables.holds.values());
        QueueHead next = null;
        for (int arrival = 0; arrival < inArrival.size(); arrival++) {
            ConversationHold h = inArrival.get(arrival);
            QueuePlace place = new QueuePlace(h.priority(), arrival);
            if (h.status() == QueueStatus.WAITING
                    && h.tenantId().equals(queue.tenant())
                    && Objects.equals(h.team(), queue.team())
                    && !tables.lockedElsewhere.contains(h.conversationId())
                    && (after == null || after.isBefore(place))
                    && (next == null || place.isBefore(next.place()))) {
                next = new QueueHead(h, place);
            }
        }
        return Optional.ofNullable(next);
    }

    @Override
    public List<QueueKey> queuesToServe(TenantId tenant) {
        return tables.holds.values().stream()
                .filter(h -> h.status() == QueueStatus.WAITING)
                .filter(h -> tenant == null || h.tenantId().equals(tenant))
                .map(h -> new QueueKey(h.tenantId(), h.team()))
                .distinct()
                .filter(q -> strategies.effective(q).strategy() != AssignmentStrategy.MANUAL)
                .toList();
    }
}
