package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.PassOverReason;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import java.time.Instant;
import java.util.List;

/** Offers of queued conversations to single agents, on the conversations' rows in PostgreSQL. */
public interface OfferPort {
    /** Reserves a waiting, locked conversation for the agent until {@code expiresAt}. */
    void offer(ConversationId conversationId, AgentId agent, Instant expiresAt);

    /** Ends the open offer of a locked conversation: it waits again, at the place it never left. */
    void withdraw(ConversationId conversationId);

    /**
     * Offered conversations whose offer expired by {@code now}, soonest expired first, at most {@code max},
     * their rows locked; rows another transaction holds are skipped, so replicas sweeping at once split them.
     */
    List<ConversationId> lockExpired(Instant now, int max);

    /** Notes that the agent turned the conversation down, so they are not offered it again. */
    void passOver(ConversationId conversationId, AgentId agent, PassOverReason reason, Instant at);

    /** Whether an offer of the conversation to the agent timed out before. */
    boolean timedOut(ConversationId conversationId, AgentId agent);
}
