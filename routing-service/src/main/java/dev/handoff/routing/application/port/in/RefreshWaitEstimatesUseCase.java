package dev.handoff.routing.application.port.in;

/** Has the waits of every queue with conversations in line looked at again, as time alone changes them. */
public interface RefreshWaitEstimatesUseCase {
    /** Notes every such queue for the announcer; returns how many. */
    int refreshAll();
}
