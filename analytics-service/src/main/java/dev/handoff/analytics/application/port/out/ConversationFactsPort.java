package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
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
     * Counts a new visitor or agent message of the chat (creating its fact if the message came first) and returns
     * when the chat started, whose hour the rollups must rebuild.
     */
    Instant countMessage(TenantId tenant, ConversationId conversation, Sender sender, Instant at);
}
