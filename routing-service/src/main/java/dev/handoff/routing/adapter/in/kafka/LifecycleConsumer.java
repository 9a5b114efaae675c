package dev.handoff.routing.adapter.in.kafka;

import dev.handoff.routing.application.port.in.RecordConversationEndUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.LifecycleEvent;
import dev.handoff.shared.event.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Frees agents and queue places when conversations end; routing's own lifecycle events pass by. */
@ApplicationScoped
public class LifecycleConsumer {
    private final IncomingEvents incoming;
    private final RecordConversationEndUseCase ends;

    public LifecycleConsumer(IncomingEvents incoming, RecordConversationEndUseCase ends) {
        this.incoming = incoming;
        this.ends = ends;
    }

    @Incoming("lifecycle")
    @Blocking
    @Transactional
    public void onLifecycle(String payload) {
        incoming.accept(Topics.CONVERSATION_LIFECYCLE, payload)
                .filter(e -> e instanceof Completed || e instanceof EndedByVisitor || e instanceof Expired)
                .ifPresent(e -> ends.onEnded(((LifecycleEvent) e).conversationId()));
    }
}
