package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;

/** News from any replica for the visitor sockets this replica holds. */
public interface RingVisitorFeedUseCase {
    /** The chat's feed grew: its watchers read what is new. */
    void feedGrew(ConversationId conversationId);

    /** Notifications may have been missed (the listener reconnected): every watcher reads what is new. */
    void catchUpAll();

    /** Watchers whose last read failed (the database was away) try again. */
    void retryStalled();

    void agentTyping(ConversationId conversationId, boolean typing);
}
