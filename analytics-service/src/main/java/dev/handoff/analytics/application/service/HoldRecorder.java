package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.out.AgentNamesPort;
import dev.handoff.analytics.application.port.out.AgentTimePort;
import dev.handoff.analytics.domain.model.ChatHold;
import dev.handoff.analytics.domain.model.DirtyHours;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.ConversationEvent;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.Transferred;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which agent holds a chat when: an assignment opens a hold; a transfer, a requeue or the end closes it. One chat's
 * lifecycle events arrive in order (one partition), so a hold never closes before it opens.
 */
@ApplicationScoped
class HoldRecorder {
    private final AgentTimePort agentTime;
    private final AgentNamesPort names;

    HoldRecorder(AgentTimePort agentTime, AgentNamesPort names) {
        this.agentTime = agentTime;
        this.names = names;
    }

    void record(ConversationEvent event, DirtyHours dirty) {
        boolean closes = event instanceof Assigned
                || event instanceof Transferred
                || event instanceof Requeued
                || event instanceof Completed
                || event instanceof EndedByVisitor
                || event instanceof Expired
                || event instanceof MessageLeft;
        if (!closes) {
            return;
        }
        for (ChatHold closed : agentTime.closeHolds(event.tenantId(), event.conversationId(), event.occurredAt())) {
            dirty.markBetween(event.tenantId(), closed.from(), event.occurredAt());
        }
        if (event instanceof Assigned assigned) {
            agentTime.openHold(
                    assigned.tenantId(), assigned.conversationId(), assigned.agentId(), assigned.occurredAt());
            names.remember(assigned.tenantId(), assigned.agentId(), assigned.agentDisplayName());
            dirty.mark(assigned.tenantId(), assigned.occurredAt());
        }
    }
}
