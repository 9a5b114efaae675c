package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;

/** Stores conversation facts, one per conversation. */
public interface ConversationFactsPort {
    /**
     * The conversation's fact, created empty if it is new, held against concurrent updates (from the other
     * topic's consumer) until the transaction ends.
     */
    ConversationFact lockOrCreate(TenantId tenant, ConversationId conversation);

    /** Stores the fact. */
    void save(ConversationFact fact);
}
