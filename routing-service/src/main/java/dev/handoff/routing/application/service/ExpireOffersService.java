package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.ExpireOffersUseCase;
import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.OfferPort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.application.port.out.QueueRulesPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.Offer;
import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.routing.domain.model.RequeueReason;
import dev.handoff.shared.event.OffersMissed;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Ends offers nobody answered in time: the agent is passed over for that conversation, it waits again at its
 * place and goes to the next agent. Rows are taken with {@code skip locked}, so every replica may sweep at once
 * without two of them ending the same offer, and an accept racing the sweep either wins or finds it expired. An
 * agent who lets the tenant's number of offers in a row lapse is offered nothing more until their presence changes,
 * and {@code OffersMissed} asks agent-service to set them away.
 */
@ApplicationScoped
public class ExpireOffersService implements ExpireOffersUseCase {
    private static final int BATCH = 100;

    private final OfferPort offers;
    private final ClaimQueuePort queue;
    private final PublishConversationEventPort events;
    private final AssignmentWakeupPort wakeups;
    private final AgentLoadPort load;
    private final QueueRulesPort rules;
    private final Clock clock;

    public ExpireOffersService(
            OfferPort offers,
            ClaimQueuePort queue,
            PublishConversationEventPort events,
            AssignmentWakeupPort wakeups,
            AgentLoadPort load,
            QueueRulesPort rules,
            Clock clock) {
        this.offers = offers;
        this.queue = queue;
        this.events = events;
        this.wakeups = wakeups;
        this.load = load;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        var due = offers.lockExpired(now, BATCH);
        Map<AgentId, List<ConversationHold>> lapsed = new TreeMap<>(Comparator.comparing(AgentId::value));
        for (ConversationId id : due) {
            // Already locked by lockExpired; this reads the hold under that lock.
            ConversationHold hold = queue.lockHold(id).orElseThrow();
            if (hold.status() != QueueStatus.OFFERED || !hold.offer().expiredAt(now)) {
                continue;
            }
            Offer offer = hold.offer();
            offers.passOver(id, offer.agentId(), PassOverReason.TIMED_OUT, now);
            offers.withdraw(id);
            events.publish(new Requeued(
                    UUID.randomUUID(), now, hold.tenantId(), id, offer.agentId(), RequeueReason.OFFER_TIMEOUT.code()));
            wakeups.queueChanged(new QueueKey(hold.tenantId(), hold.team()));
            lapsed.computeIfAbsent(offer.agentId(), a -> new ArrayList<>()).add(hold);
        }
        // Load rows after every conversation row and in agent id order, as transfers take two of them.
        lapsed.forEach((agent, holds) -> holds.forEach(hold -> countLapse(agent, hold, now)));
        return due.size();
    }

    /** One more lapsed offer for the agent; at the tenant's limit routing asks agent-service to set them away. */
    private void countLapse(AgentId agent, ConversationHold hold, Instant now) {
        int inARow = load.recordMissedOffer(hold.tenantId(), agent);
        if (rules.rules(hold.tenantId()).setsAwayAfter(inARow)) {
            load.requestAway(hold.tenantId(), agent, now);
            events.publish(
                    new OffersMissed(UUID.randomUUID(), now, hold.tenantId(), hold.conversationId(), agent, inARow));
        }
    }

    @Override
    public int batchSize() {
        return BATCH;
    }
}
