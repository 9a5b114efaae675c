package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.shared.id.ConversationId;
import jakarta.transaction.TransactionScoped;
import java.util.HashSet;
import java.util.Set;

/** The chats whose feed growth the current transaction announced already. */
@TransactionScoped
class AnnouncedFeeds {
    private final Set<ConversationId> announced = new HashSet<>();

    boolean firstTime(ConversationId conversationId) {
        return announced.add(conversationId);
    }
}
