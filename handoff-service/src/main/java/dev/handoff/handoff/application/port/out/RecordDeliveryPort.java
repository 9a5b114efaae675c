package dev.handoff.handoff.application.port.out;

import dev.handoff.shared.id.ConversationId;

/** Remembers how far a Socket.IO client of a chat has been handed the feed. */
public interface RecordDeliveryPort {
    void deliveredUpTo(ConversationId conversationId, long sequence);
}
