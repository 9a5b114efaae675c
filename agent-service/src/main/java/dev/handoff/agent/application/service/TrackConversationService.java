package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.TrackConversationUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.HandoffDetails;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.LifecycleEvent;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Requeued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Applies handoff and lifecycle events to the agents' conversation views. */
@ApplicationScoped
public class TrackConversationService implements TrackConversationUseCase {
    private final AgentConversationPort conversations;

    public TrackConversationService(AgentConversationPort conversations) {
        this.conversations = conversations;
    }

    @Override
    @Transactional
    public void onHandoffRequested(HandoffRequested e) {
        AgentConversation view = conversations.lockOrStart(e.conversationId(), e.tenantId());
        view.recordDetails(new HandoffDetails(e.botId(), e.visitor(), e.botHistory(), e.language(), e.team(),
                e.priority(), e.occurredAt()));
        conversations.save(view);
    }

    @Override
    @Transactional
    public void onLifecycle(LifecycleEvent e) {
        AgentConversation view = conversations.lockOrStart(e.conversationId(), e.tenantId());
        if (e instanceof Queued || e instanceof Requeued) {
            view.queued(e.occurredAt());
        } else if (e instanceof Assigned assigned) {
            view.assigned(assigned.agentId(), e.occurredAt());
        } else if (e instanceof Completed || e instanceof EndedByVisitor || e instanceof Expired) {
            view.ended(e.occurredAt());
        } else {
            return;
        }
        conversations.save(view);
    }
}
