package dev.handoff.agent.application.port.out;

import dev.handoff.shared.id.ConversationId;
import java.time.Duration;
import java.util.Optional;

/**
 * Tells every replica, once the transaction commits, that a chat's holder or state changed or an agent's message in it
 * was numbered, and waits for that.
 */
public interface ChatChangesPort {
    /** Announces a change of the chat, delivered to the watchers of every replica only if the transaction commits. */
    void announce(ConversationId id);

    /**
     * Starts watching the chat: changes announced from now on wake {@link Watch#awaitChange}. Empty when this replica
     * already has as many watches as it allows (the caller then answers without waiting).
     */
    Optional<Watch> watch(ConversationId id);

    /**
     * Starts watching the chat for a send waiting for its message to be numbered: not counted against the claim
     * waits' limit, as every send waits so, bounded by the threads that serve sends.
     */
    Watch follow(ConversationId id);

    /** A watch on one chat; close it when done. */
    interface Watch extends AutoCloseable {
        /**
         * Waits at most {@code timeout} for a change announced since the watch started or since the last call
         * returned true (a change that may have been missed counts too).
         */
        boolean awaitChange(Duration timeout) throws InterruptedException;

        @Override
        void close();
    }
}
