package dev.handoff.agent.application.port.out;

import dev.handoff.agent.domain.model.ChatActivity;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.VisitorLines;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Chats' live messages and agents' read marks in PostgreSQL. */
public interface ChatMessagePort {
    void add(ChatMessage message);

    boolean exists(ConversationId conversationId, MessageId messageId);

    /** The message an agent's console sent with this key, if any. */
    Optional<ChatMessage> byClientMessageId(ConversationId conversationId, String clientMessageId);

    /** Every message of the chat, oldest first. */
    List<ChatMessage> of(ConversationId conversationId);

    /** The agent's read mark; 0 if never set. */
    long readMark(ConversationId conversationId, AgentId agent);

    /** Raises the agent's read mark to {@code upToSequence}; a lower value leaves it as it is. */
    void raiseReadMark(ConversationId conversationId, AgentId agent, long upToSequence, Instant at);

    /** The visitor's messages after the agent's read mark. */
    long unread(ConversationId conversationId, AgentId agent);

    /** What the visitor wrote in each of these chats (live messages); chats without any may be left out. */
    Map<ConversationId, VisitorLines> visitorLines(Collection<ConversationId> conversationIds);

    /** The newest message and the unread count of each chat, for that agent; chats without either may be left out. */
    Map<ConversationId, ChatActivity> activity(Collection<ConversationId> conversationIds, AgentId agent);
}
