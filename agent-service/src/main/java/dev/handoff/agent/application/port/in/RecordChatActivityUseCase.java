package dev.handoff.agent.application.port.in;

import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.model.Translation;

/** Keeps chats' messages and tells their holders what the visitor writes and types. */
public interface RecordChatActivityUseCase {
    /** Stores a message once (by message id), counts it unread, and shows it to the holder, untranslated. */
    default void onMessagePosted(MessagePosted event) {
        onMessagePosted(event, null);
    }

    /** As above, with the translation made for the holder beforehand (null for none). */
    void onMessagePosted(MessagePosted event, Translation forHolder);

    /** Shows the visitor's typing to the holder; other typing is ignored. */
    void onTyping(Typing event);
}
