package dev.handoff.notification.application.port.in;

import java.util.List;

/** Picks, from one poll of chat messages, those that may change a mail, before any transaction is opened. */
public interface SelectChatMessagesUseCase {
    /**
     * The messages worth collecting, each chat's in their order, the chats one after the other by id (so every batch
     * transaction locks conversations in the same order).
     */
    List<ChatMessageCommand> worthCollecting(List<ChatMessageCommand> messages);
}
