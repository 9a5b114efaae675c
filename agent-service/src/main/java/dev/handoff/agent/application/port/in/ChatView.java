package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.shared.model.Sender;
import java.util.List;

/**
 * A chat as its reader sees it: the conversation (visitor, bot history, subject, state) and its live messages.
 *
 * @param messages oldest first
 * @param readUpTo the reader's read mark: messages up to this sequence count as read
 * @param unread the visitor's messages after the read mark
 */
public record ChatView(AgentConversation conversation, List<ChatMessage> messages, long readUpTo, long unread) {
    public ChatView {
        messages = List.copyOf(messages);
    }

    /** The chat as a reader with this read mark sees it: the visitor's messages after the mark are unread. */
    public static ChatView withReadMark(AgentConversation conversation, List<ChatMessage> messages, long readUpTo) {
        long unread = messages.stream()
                .filter(m -> m.sender() == Sender.VISITOR && m.sequence() > readUpTo)
                .count();
        return new ChatView(conversation, messages, readUpTo, unread);
    }
}
