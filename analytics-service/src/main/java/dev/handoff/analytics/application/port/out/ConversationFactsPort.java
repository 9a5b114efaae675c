package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;

/** Stores conversation facts, one per conversation. */
public interface ConversationFactsPort {
    /**
     * The conversation's fact, created empty if it is new, held against concurrent updates (from the other
     * topics' consumers) until the transaction ends.
     */
    ConversationFact lockOrCreate(TenantId tenant, ConversationId conversation);

    /** Stores the fact. */
    void save(ConversationFact fact);

    /**
     * Counts new visitor and agent messages of the chat (creating its fact if a message came first) and returns when
     * the chat started, whose hour the rollups must rebuild.
     *
     * @param firstAt the earliest of these messages
     * @param firstAgentAt the earliest agent message of them, null without one
     */
    Instant countMessages(
            TenantId tenant,
            ConversationId conversation,
            int visitorMessages,
            int agentMessages,
            Instant firstAt,
            Instant firstAgentAt);
}
