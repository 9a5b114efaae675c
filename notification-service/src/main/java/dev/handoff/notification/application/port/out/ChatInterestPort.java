package dev.handoff.notification.application.port.out;

import dev.handoff.shared.id.ConversationId;
import java.util.Map;
import java.util.Set;

/** What the chats of a poll of messages look like now, read without a transaction or a lock. */
public interface ChatInterestPort {
    /** The known ones of {@code conversations}; a conversation never seen is missing from the answer. */
    Map<ConversationId, ChatInterest> interest(Set<ConversationId> conversations);

    /**
     * @param agentAway the chat is active and held by an agent who is not at the console (or was never seen)
     * @param openBatch the chat has a batch of visitor messages waiting to be mailed
     */
    record ChatInterest(boolean agentAway, boolean openBatch) {}
}
