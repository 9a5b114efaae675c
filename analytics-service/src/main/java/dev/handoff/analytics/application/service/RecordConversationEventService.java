package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.in.RecordConversationEventUseCase;
import dev.handoff.analytics.application.port.out.ConversationFactsPort;
import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.ConversationEvent;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Transferred;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/** Folds handoff and lifecycle events into conversation facts, whatever order they arrive in. */
@ApplicationScoped
public class RecordConversationEventService implements RecordConversationEventUseCase {
    private final ConversationFactsPort facts;

    public RecordConversationEventService(ConversationFactsPort facts) {
        this.facts = facts;
    }

    @Override
    @Transactional
    public void record(ConversationEvent event) {
        Consumer<ConversationFact> change = changeFor(event);
        if (change == null) {
            return;
        }
        ConversationFact fact = facts.lockOrCreate(event.tenantId(), event.conversationId());
        change.accept(fact);
        facts.save(fact);
    }

    /** What the event changes on the fact, or null if analytics does not count it (positions, offers, messages...). */
    private static Consumer<ConversationFact> changeFor(ConversationEvent event) {
        if (event instanceof HandoffRequested e) {
            return fact -> fact.requested(e.botId(), e.occurredAt());
        } else if (event instanceof Queued e) {
            return fact -> fact.queued(e.botId(), e.occurredAt());
        } else if (event instanceof Assigned e) {
            return fact -> fact.assigned(e.agentId(), e.occurredAt());
        } else if (event instanceof Transferred e) {
            return fact -> fact.transferred(e.toAgentId(), e.occurredAt());
        } else if (event instanceof Completed e) {
            return fact -> fact.completed(e.agentId(), e.occurredAt());
        } else if (event instanceof EndedByVisitor e) {
            return fact -> fact.endedByVisitor(e.occurredAt());
        } else if (event instanceof Expired e) {
            return fact -> fact.expired(e.occurredAt());
        } else if (event instanceof Rated e) {
            return fact -> fact.rated(e.score(), e.occurredAt());
        }
        return null;
    }
}
