package dev.handoff.notification.application.port.out;

import dev.handoff.notification.domain.model.WatchedConversation;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What this service knows of each conversation, in PostgreSQL. Locking methods hold the row until commit. */
public interface ConversationPort {
    /** The conversation, created as waiting when first seen, locked. */
    WatchedConversation lockOrStart(ConversationId id, TenantId tenant);

    /** The conversation, locked; empty if never seen. */
    Optional<WatchedConversation> lock(ConversationId id);

    /** The conversation, unlocked; empty if never seen. */
    Optional<WatchedConversation> find(ConversationId id);

    /** These conversations, unlocked, by id; those never seen are left out. */
    Map<ConversationId, WatchedConversation> findAll(Set<ConversationId> ids);

    /** Stores it, noting {@code now} as its last change. */
    void save(WatchedConversation conversation, Instant now);

    /** Forgets conversations unchanged since {@code before}; returns how many. */
    int deleteUnchangedSince(Instant before);
}
