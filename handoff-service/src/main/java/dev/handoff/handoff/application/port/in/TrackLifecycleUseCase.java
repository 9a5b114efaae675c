package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.event.LifecycleEvent;

/** Follows a handed-off conversation through routing and the agents: assigned, back in the queue, ended. */
public interface TrackLifecycleUseCase {
    void onLifecycle(LifecycleEvent event);
}
