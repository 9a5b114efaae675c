package dev.handoff.routing.application.port.in;

import dev.handoff.shared.id.ConversationId;

/** A conversation ended (completed, left by the visitor, expired): it leaves its queue or frees its agent. */
public interface RecordConversationEndUseCase {
    void onEnded(ConversationId conversationId);
}
