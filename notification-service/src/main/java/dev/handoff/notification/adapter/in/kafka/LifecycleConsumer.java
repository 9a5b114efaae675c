package dev.handoff.notification.adapter.in.kafka;

import dev.handoff.notification.application.port.in.ConversationChangeCommand;
import dev.handoff.notification.application.port.in.ConversationChangeCommand.Change;
import dev.handoff.notification.application.port.in.FollowConversationUseCase;
import dev.handoff.runtime.inbox.BatchTransactions;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.LifecycleEvent;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.json.EventJson;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the conversations' lifecycle: queue places, who holds a chat, its end. Other events are let pass. A poll's
 * records are sifted ({@link LifecyclePoll}) and applied in one transaction.
 */
@ApplicationScoped
@RetryWhileDatabaseDown
public class LifecycleConsumer {
    private final EventJson eventJson;
    private final IncomingEvents incomingEvents;
    private final BatchTransactions transactions;
    private final FollowConversationUseCase follow;

    public LifecycleConsumer(
            EventJson eventJson,
            IncomingEvents incomingEvents,
            BatchTransactions transactions,
            FollowConversationUseCase follow) {
        this.eventJson = eventJson;
        this.incomingEvents = incomingEvents;
        this.transactions = transactions;
        this.follow = follow;
    }

    @Incoming("lifecycle")
    @Blocking
    public void consume(List<String> payloads) {
        List<String> kept = LifecyclePoll.sift(payloads, eventJson, Topics.CONVERSATION_LIFECYCLE);
        if (!kept.isEmpty()) {
            transactions.apply(kept, this::apply);
        }
    }

    private void apply(String payload) {
        incomingEvents
                .accept(Topics.CONVERSATION_LIFECYCLE, payload, LifecycleEvent.class)
                .flatMap(LifecycleConsumer::change)
                .ifPresent(follow::apply);
    }

    static Optional<ConversationChangeCommand> change(LifecycleEvent event) {
        ConversationChangeCommand command = null;
        if (event instanceof Queued q) {
            command = new ConversationChangeCommand(
                    q.tenantId(),
                    q.conversationId(),
                    Change.QUEUED,
                    null,
                    null,
                    q.position(),
                    q.estimatedWaitSeconds());
        } else if (event instanceof QueuePositionChanged m) {
            command = new ConversationChangeCommand(
                    m.tenantId(), m.conversationId(), Change.MOVED, null, null, m.position(), m.estimatedWaitSeconds());
        } else if (event instanceof Assigned a) {
            command = new ConversationChangeCommand(
                    a.tenantId(), a.conversationId(), Change.ASSIGNED, a.agentId(), a.agentDisplayName(), 0, 0);
        } else if (event instanceof Transferred t) {
            // To an agent, routing's Assigned follows with the name; to a queue, nobody holds the chat any more.
            command = t.toAgentId() != null
                    ? new ConversationChangeCommand(
                            t.tenantId(), t.conversationId(), Change.ASSIGNED, t.toAgentId(), null, 0, 0)
                    : ConversationChangeCommand.of(t.tenantId(), t.conversationId(), Change.BACK_IN_QUEUE);
        } else if (event instanceof Requeued r) {
            command = ConversationChangeCommand.of(r.tenantId(), r.conversationId(), Change.BACK_IN_QUEUE);
        } else if (event instanceof Completed
                || event instanceof EndedByVisitor
                || event instanceof Expired
                || event instanceof MessageLeft) {
            // a message left ends the wait: no more "still waiting" mails for it
            command = ConversationChangeCommand.of(event.tenantId(), event.conversationId(), Change.ENDED);
        }
        return Optional.ofNullable(command);
    }
}
