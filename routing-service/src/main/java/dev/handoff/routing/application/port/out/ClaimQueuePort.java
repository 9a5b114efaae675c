package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Holding and releasing queued conversations in PostgreSQL, one row lock at a time. */
public interface ClaimQueuePort {
    /** The conversation's hold, its row locked until the transaction ends: claims on it queue up behind. */
    Optional<ConversationHold> lockHold(ConversationId conversationId);

    /**
     * Gives a waiting (or offered), locked conversation to the agent, noting the display name it was announced
     * under; an open offer ends with it. Returns when it was queued: the wait this assignment ends began then.
     */
    Instant assign(ConversationId conversationId, AgentId agent, String agentDisplayName, Instant at);

    /** Marks the locked conversation ended, whatever its status was. */
    void end(ConversationId conversationId, Instant at);

    /** Gives a held, locked conversation to another agent, noting the display name it was announced under. */
    void reassign(ConversationId conversationId, AgentId agent, String agentDisplayName, Instant at);

    /** Puts a held, locked conversation back in the queue of {@code team} (null: tenant-wide) at its original place. */
    void returnToQueue(ConversationId conversationId, TeamId team);

    /**
     * The conversations offered to the agent and, with {@code heldToo}, those they hold, oldest arrival first:
     * the order their rows are locked in.
     */
    List<ConversationId> inHandsOf(TenantId tenant, AgentId agent, boolean heldToo);
}
