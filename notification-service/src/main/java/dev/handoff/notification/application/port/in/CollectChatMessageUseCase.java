package dev.handoff.notification.application.port.in;

/**
 * Collects what visitors write in active chats whose agent is not at the console, into one batch per chat and batch
 * window; an answer by the agent drops the batch.
 */
public interface CollectChatMessageUseCase {
    void posted(ChatMessageCommand command);
}
