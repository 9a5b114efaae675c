package dev.handoff.notification.application.port.in;

/** Follows a conversation's lifecycle: queue places, who holds it, its end; cancels timers that became pointless. */
public interface FollowConversationUseCase {
    void apply(ConversationChangeCommand command);
}
