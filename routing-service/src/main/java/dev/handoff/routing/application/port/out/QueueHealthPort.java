package dev.handoff.routing.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Counts over every tenant's queue and presence snapshot. */
public interface QueueHealthPort {
    /** Conversations waiting for an agent, offered ones included. */
    long waitingConversations();

    /** When the longest-waiting conversation was queued, if any waits. */
    Optional<Instant> oldestWaitingSince();

    /** Agents whose latest report says ONLINE. */
    long agentsOnline();
}
