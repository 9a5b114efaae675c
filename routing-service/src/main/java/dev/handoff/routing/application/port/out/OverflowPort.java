package dev.handoff.routing.application.port.out;

import dev.handoff.shared.id.ConversationId;
import java.time.Instant;
import java.util.List;

/** Conversations waiting in team queues past their team's overflow time, on their rows in PostgreSQL. */
public interface OverflowPort {
    /**
     * Waiting team conversations whose team's overflow time (its own, else the tenant's) has passed by {@code now},
     * longest waiting first, at most {@code max}, their rows locked; rows another transaction holds are skipped.
     */
    List<ConversationId> lockDue(Instant now, int max);

    /** Moves a locked, waiting conversation from its team's queue to the tenant-wide one, at its original place. */
    void moveToTenantQueue(ConversationId conversationId);
}
