package dev.handoff.handoffservice.application.service;

import dev.handoff.handoffservice.application.port.in.TrackLifecycleUseCase;
import dev.handoff.handoffservice.application.port.out.LoadConversationPort;
import dev.handoff.handoffservice.application.port.out.SaveConversationPort;
import dev.handoff.handoffservice.domain.model.Conversation;
import dev.handoff.handoffservice.domain.model.ConversationStatus;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.LifecycleEvent;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.Transferred;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Keeps the visitor-side status of each conversation in step with the lifecycle topic. */
@ApplicationScoped
public class TrackLifecycleService implements TrackLifecycleUseCase {
    private final LoadConversationPort load;
    private final SaveConversationPort save;

    public TrackLifecycleService(LoadConversationPort load, SaveConversationPort save) {
        this.load = load;
        this.save = save;
    }

    @Override
    @Transactional
    public void onLifecycle(LifecycleEvent event) {
        Optional<Conversation> found = load.load(event.conversationId())
                .filter(c -> c.tenantId().equals(event.tenantId()));
        if (found.isEmpty()) {
            return;
        }
        Conversation conversation = found.get();
        if (event instanceof Assigned) {
            conversation.assigned();
        } else if (event instanceof Requeued || (event instanceof Transferred t && t.toAgentId() == null)) {
            conversation.backInQueue();
        } else if (event instanceof Completed) {
            conversation.ended(ConversationStatus.COMPLETED);
        } else if (event instanceof EndedByVisitor) {
            conversation.ended(ConversationStatus.ENDED_BY_VISITOR);
        } else if (event instanceof Expired) {
            conversation.ended(ConversationStatus.EXPIRED);
        } else {
            return;
        }
        save.save(conversation);
    }
}
