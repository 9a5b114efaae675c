package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import java.time.Instant;
import java.util.Optional;

/** Holding and releasing queued conversations in PostgreSQL, one row lock at a time. */
public interface ClaimQueuePort {
    /** The conversation's hold, its row locked until the transaction ends: claims on it queue up behind. */
    Optional<ConversationHold> lockHold(ConversationId conversationId);

    /** Gives a waiting, locked conversation to the agent. */
    void assign(ConversationId conversationId, AgentId agent, Instant at);

    /** Marks the locked conversation ended, whatever its status was. */
    void end(ConversationId conversationId, Instant at);
}
