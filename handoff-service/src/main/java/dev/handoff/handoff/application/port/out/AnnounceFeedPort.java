package dev.handoff.handoff.application.port.out;

import dev.handoff.shared.id.ConversationId;

/** Tells every replica, once the transaction commits, that a chat's feed grew or its agent is typing. */
public interface AnnounceFeedPort {
    void entryAdded(ConversationId conversationId);

    void agentTyping(ConversationId conversationId, boolean typing);
}
