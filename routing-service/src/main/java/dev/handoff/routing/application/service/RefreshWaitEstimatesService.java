package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.RefreshWaitEstimatesUseCase;
import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.domain.model.QueueRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A queue's measured pace slows with every minute nobody accepts, and its head may wait long enough for "nobody is
 * accepting": neither is a change of order, so the announcer is asked to look again now and then. It tells only the
 * visitors whose wait changed enough to matter.
 */
@ApplicationScoped
public class RefreshWaitEstimatesService implements RefreshWaitEstimatesUseCase {
    private final QueueChangesPort changes;

    public RefreshWaitEstimatesService(QueueChangesPort changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public int refreshAll() {
        return changes.recordEveryQueueInLine(null);
    }

    @Override
    @Transactional
    public int refreshDueLeaveMessageOffers() {
        return changes.recordQueuesDueToOfferLeavingMessage(QueueRules.DEFAULT_LEAVE_MESSAGE_AFTER_SECONDS);
    }
}
