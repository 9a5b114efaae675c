package dev.handoff.agent.application.port.in;

import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.LifecycleEvent;

/** Keeps the agents' view of conversations up to date from what bots and routing announce. */
public interface TrackConversationUseCase {
    /** Records the visitor and bot history of a handoff. */
    void onHandoffRequested(HandoffRequested event);

    /** Records a queue or assignment change; events the view does not use are ignored. */
    void onLifecycle(LifecycleEvent event);

    /** Whether {@link #onLifecycle} does anything with the event: the others need no transaction at all. */
    boolean uses(LifecycleEvent event);
}
