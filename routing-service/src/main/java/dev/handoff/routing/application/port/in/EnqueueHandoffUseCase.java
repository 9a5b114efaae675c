package dev.handoff.routing.application.port.in;

/** Puts a handed-off conversation in its queue and tells everyone where it stands. */
public interface EnqueueHandoffUseCase {
    /** Queues the conversation once; a repeated request for the same conversation changes nothing. */
    void enqueue(EnqueueHandoffCommand command);
}
