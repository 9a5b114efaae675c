package dev.handoff.agent.application.port.in;

import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Typing;

/** Keeps chats' messages and tells their holders what the visitor writes and types. */
public interface RecordChatActivityUseCase {
    /** Stores a message once (by message id), counts it unread, and shows it to the holder. */
    void onMessagePosted(MessagePosted event);

    /** Shows the visitor's typing to the holder; other typing is ignored. */
    void onTyping(Typing event);
}
