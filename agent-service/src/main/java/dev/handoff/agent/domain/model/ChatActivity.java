package dev.handoff.agent.domain.model;

/**
 * What happened in a chat lately, from one agent's point of view.
 *
 * @param lastMessage the newest live message, or null
 * @param unread the visitor's messages after the agent's read mark
 */
public record ChatActivity(ChatMessage lastMessage, long unread) {
    public static final ChatActivity NONE = new ChatActivity(null, 0);
}
