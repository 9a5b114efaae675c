package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.ChatMessages;
import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;

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
     * Counts each chat's new visitor and agent messages (creating its fact if a message came first), locking the facts
     * in the order given, in one statement; returns when each chat started, whose hour the rollups must rebuild, in
     * the same order.
     */
    List<Instant> countMessages(List<ChatMessages> chats);
}
