package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.ExpireOffersUseCase;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.OfferPort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.Offer;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.routing.domain.model.RequeueReason;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Ends offers nobody answered in time: the agent is passed over for that conversation, it waits again at its
 * place and goes to the next agent. Rows are taken with {@code skip locked}, so every replica may sweep at once
 * without two of them ending the same offer, and an accept racing the sweep either wins or finds it expired.
 */
@ApplicationScoped
public class ExpireOffersService implements ExpireOffersUseCase {
    private static final int BATCH = 100;

    private final OfferPort offers;
    private final ClaimQueuePort queue;
    private final PublishConversationEventPort events;
    private final AssignmentWakeupPort wakeups;
    private final Clock clock;

    public ExpireOffersService(OfferPort offers, ClaimQueuePort queue, PublishConversationEventPort events,
            AssignmentWakeupPort wakeups, Clock clock) {
        this.offers = offers;
        this.queue = queue;
        this.events = events;
        this.wakeups = wakeups;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        var due = offers.lockExpired(now, BATCH);
        for (ConversationId id : due) {
            // Already locked by lockExpired; this reads the hold under that lock.
            ConversationHold hold = queue.lockHold(id).orElseThrow();
            if (hold.status() != QueueStatus.OFFERED || !hold.offer().expiredAt(now)) {
                continue;
            }
            Offer offer = hold.offer();
            offers.passOver(id, offer.agentId(), PassOverReason.TIMED_OUT, now);
            offers.withdraw(id);
            events.publish(new Requeued(UUID.randomUUID(), now, hold.tenantId(), id, offer.agentId(),
                    RequeueReason.OFFER_TIMEOUT.code()));
            wakeups.queueChanged(new QueueKey(hold.tenantId(), hold.team()));
        }
        return due.size();
    }

    @Override
    public int batchSize() {
        return BATCH;
    }
}
