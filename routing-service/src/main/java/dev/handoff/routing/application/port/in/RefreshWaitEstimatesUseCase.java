package dev.handoff.routing.application.port.in;

/** Has the waits of every queue with conversations in line looked at again, as time alone changes them. */
public interface RefreshWaitEstimatesUseCase {
    /** Notes every such queue for the announcer; returns how many. */
    int refreshAll();

    /**
     * Notes the queues where someone nobody is accepting has now waited long enough to be offered to leave a message,
     * so they learn it within a sweep, not at the next full refresh; returns how many.
     */
    int refreshDueLeaveMessageOffers();
}
