package dev.handoff.agent.application.port.in;

import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.model.Translation;

/** Keeps chats' messages in their partition's order and tells their holders what is written and typed. */
public interface RecordChatActivityUseCase {
    /** Stores a message once (by message id), counts it unread, and shows it to the holder, untranslated. */
    default void onMessagePosted(MessagePosted event) {
        onMessagePosted(event, null, null);
    }

    /**
     * As above, with the translation made for the holder beforehand (null for none) and, for an agent's message, the
     * console's client message id its record carries (decision 0082: agents' messages are numbered here too).
     */
    void onMessagePosted(MessagePosted event, Translation forHolder, String clientMessageId);

    /** Shows the visitor's typing to the holder; other typing is ignored. */
    void onTyping(Typing event);
}
