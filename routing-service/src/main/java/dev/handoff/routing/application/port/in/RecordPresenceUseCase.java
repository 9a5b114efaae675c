package dev.handoff.routing.application.port.in;

/** An agent's presence changed: the snapshot follows it, and an unavailable agent's chats may go back to the queue. */
public interface RecordPresenceUseCase {
    /** Applies the report unless a newer one was applied already; then nothing changes. */
    void onPresenceChanged(RecordPresenceCommand command);
}
