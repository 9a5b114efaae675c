package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.out.ConversationFactsPort;
import dev.handoff.analytics.application.port.out.TranscriptPort;
import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.analytics.domain.model.DirtyHours;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.ConversationEvent;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.SubjectChanged;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.model.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Folds requests and lifecycle events into the chat's fact, its transcript and its agents' holds. */
@ApplicationScoped
class ChatRecorder {
    private final ConversationFactsPort facts;
    private final TranscriptPort transcripts;
    private final HoldRecorder holds;

    ChatRecorder(ConversationFactsPort facts, TranscriptPort transcripts, HoldRecorder holds) {
        this.facts = facts;
        this.transcripts = transcripts;
        this.holds = holds;
    }

    void record(ConversationEvent event, DirtyHours dirty) {
        Consumer<ConversationFact> change = changeFor(event);
        if (change != null) {
            ConversationFact fact = facts.lockOrCreate(event.tenantId(), event.conversationId());
            Instant startedBefore = fact.startedAt();
            change.accept(fact);
            facts.save(fact);
            // A request arriving after routing's events moves the chat to the hour it really started in.
            dirty.mark(event.tenantId(), startedBefore);
            dirty.mark(event.tenantId(), fact.startedAt());
        }
        Steps.of(event).ifPresent(step -> transcripts.addStep(event.tenantId(), event.conversationId(), step));
        if (event instanceof HandoffRequested request) {
            transcripts.saveRequest(
                    request.tenantId(),
                    request.conversationId(),
                    request.visitor(),
                    request.botHistory(),
                    request.reason());
            transcripts.addSearchText(
                    request.tenantId(),
                    request.conversationId(),
                    request.botHistory().stream().map(HistoryEntry::text).collect(Collectors.joining("\n")));
        } else if (event instanceof SubjectChanged subject) {
            transcripts.setSubject(subject.tenantId(), subject.conversationId(), subject.subject());
        } else if (event instanceof Rated rated && rated.comment() != null) {
            transcripts.setRatingComment(rated.tenantId(), rated.conversationId(), rated.comment());
            transcripts.addSearchText(rated.tenantId(), rated.conversationId(), rated.comment());
        }
        holds.record(event, dirty);
    }

    /** What the event changes on the fact, or null if it changes nothing there (positions, offers, subjects...). */
    private static Consumer<ConversationFact> changeFor(ConversationEvent event) {
        if (event instanceof HandoffRequested e) {
            return fact -> fact.requested(e.botId(), e.team(), e.language(), e.channel(), e.occurredAt());
        } else if (event instanceof Queued e) {
            return fact -> fact.queued(e.botId(), e.team(), e.occurredAt());
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
        } else if (event instanceof MessageLeft e) {
            return fact -> fact.messageLeft(e.occurredAt());
        } else if (event instanceof Rated e) {
            return fact -> fact.rated(e.score(), e.occurredAt());
        }
        return null;
    }
}
