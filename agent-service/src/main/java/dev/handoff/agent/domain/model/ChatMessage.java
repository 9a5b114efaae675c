package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import java.time.Instant;
import java.util.Objects;

/**
 * A live message of a chat, after the handoff, as the agent side stored it.
 *
 * @param sequence the chat's own counter (1, 2, 3, ...) in the order this service stored its messages
 * @param clientMessageId the key an agent's console sent it with, so a retry is recognised; null for others' messages
 * @param senderId the agent id for agent messages, else whatever the writer gave, may be null
 * @param senderName the author as shown, may be null
 * @param language the language of {@code text} (BCP 47), null when unknown
 * @param translation {@code text} in the other side's language (the holder's for a visitor's message, the
 *     visitor's for an agent's), or null when none was made
 */
public record ChatMessage(
        ConversationId conversationId,
        long sequence,
        MessageId messageId,
        String clientMessageId,
        Sender sender,
        String senderId,
        String senderName,
        String text,
        String language,
        Instant sentAt,
        Translation translation) {
    /** The longest message an agent may send. */
    public static final int MAX_TEXT = 4000;

    public static final int MAX_CLIENT_MESSAGE_ID = 64;
    public static final int MAX_SENDER_NAME = 200;
    public static final int MAX_LANGUAGE = 35;

    public ChatMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(sentAt, "sentAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        text = text == null ? "" : text;
        // Other services' names can be anything; what is kept must fit wherever a name is shown or stored.
        senderName = Texts.cut(senderName, MAX_SENDER_NAME);
        language = language == null || language.length() > MAX_LANGUAGE ? null : language;
    }

    /** The text an agent typed, trimmed; 1 to {@value #MAX_TEXT} characters, else IllegalArgumentException. */
    public static String agentText(String raw) {
        return Texts.required(raw, MAX_TEXT, "text");
    }

    /** A console's message key: 1 to {@value #MAX_CLIENT_MESSAGE_ID} characters, not blank. */
    public static String clientMessageId(String raw) {
        if (raw == null || raw.isBlank() || raw.codePointCount(0, raw.length()) > MAX_CLIENT_MESSAGE_ID) {
            throw new IllegalArgumentException("clientMessageId must be 1 to " + MAX_CLIENT_MESSAGE_ID + " characters");
        }
        return raw;
    }
}
