package dev.handoff.analytics.application.service;

import dev.handoff.analytics.domain.model.ConversationStep;
import dev.handoff.analytics.domain.model.StepKind;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.ConversationEvent;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.SubjectChanged;
import dev.handoff.shared.event.Transferred;
import java.util.Objects;
import java.util.Optional;

/** The transcript line a lifecycle event makes; positions and offers make none. */
final class Steps {
    private Steps() {}

    static Optional<ConversationStep> of(ConversationEvent event) {
        ConversationStep step = null;
        if (event instanceof Queued e) {
            step = step(e, StepKind.QUEUED, null, null, null, value(e.team()), null);
        } else if (event instanceof Assigned e) {
            step = step(
                    e,
                    StepKind.ASSIGNED,
                    value(e.agentId()),
                    e.agentDisplayName(),
                    null,
                    null,
                    e.method() == null ? null : e.method().name());
        } else if (event instanceof Requeued e) {
            step = step(e, StepKind.REQUEUED, value(e.previousAgentId()), null, null, null, e.reason());
        } else if (event instanceof Transferred e) {
            step = step(
                    e,
                    StepKind.TRANSFERRED,
                    value(e.fromAgentId()),
                    null,
                    value(e.toAgentId()),
                    value(e.toTeam()),
                    null);
        } else if (event instanceof SubjectChanged e) {
            step = step(e, StepKind.SUBJECT_CHANGED, value(e.agentId()), null, null, null, null);
        } else if (event instanceof Completed e) {
            step = step(e, StepKind.COMPLETED, value(e.agentId()), null, null, null, null);
        } else if (event instanceof EndedByVisitor e) {
            step = step(e, StepKind.ENDED_BY_VISITOR, null, null, null, null, null);
        } else if (event instanceof Expired e) {
            step = step(e, StepKind.EXPIRED, null, null, null, null, null);
        } else if (event instanceof MessageLeft e) {
            // the step says that a message was left, not what it says: that is agent-service's to show
            step = step(e, StepKind.LEFT_MESSAGE, null, null, null, value(e.team()), null);
        } else if (event instanceof Rated e) {
            step = step(e, StepKind.RATED, null, null, null, null, String.valueOf(e.score()));
        }
        return Optional.ofNullable(step);
    }

    private static ConversationStep step(
            ConversationEvent e,
            StepKind kind,
            String agent,
            String agentName,
            String toAgent,
            String team,
            String detail) {
        return new ConversationStep(e.eventId(), e.occurredAt(), kind, agent, agentName, toAgent, team, detail);
    }

    private static String value(Object id) {
        return Objects.toString(id, null);
    }
}
