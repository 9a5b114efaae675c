package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.handoff.application.port.in.VisitorAccessDeniedException;
import java.util.Locale;

/** The {@code code} of a {@code handoff_error} event: stable strings clients may switch on. */
enum ErrorCode {
    /** The payload is not an object, or a field is missing, of the wrong type or not a valid id. */
    INVALID_PAYLOAD,
    /** A message (or a bot history line) is longer than the limit. */
    MESSAGE_TOO_LONG,
    /** The bot history has more lines than the limit. */
    HISTORY_TOO_LONG,
    /** The event name is not part of the protocol. */
    UNKNOWN_EVENT,
    /** The event needs a chat, and this socket has not joined one (send {@code username} first). */
    NOT_JOINED,
    /** {@code username} for another chat on a socket that has already joined one. */
    ALREADY_JOINED,
    /** The event names another conversation or bot than the one this socket joined. */
    CONVERSATION_MISMATCH,
    /** More events per second than the socket's rate limit. */
    RATE_LIMITED,
    /** Too many of this socket's events are still waiting to be handled. */
    OVERLOADED,
    /** The chat has ended: nothing more can be sent to it. */
    CHAT_ENDED,
    /** {@code rate_chat} for a chat that is still open: rate it once it has ended. */
    CHAT_OPEN,
    /** {@code rate_chat} for a chat that was rated before: a chat is rated once. */
    ALREADY_RATED,
    /** {@code confirm_end} without a pending proposal to end (none made, or a message since withdrew it). */
    NO_END_PROPOSAL,
    /** {@code leave_message} for a chat that is not waiting (an agent holds it, or it ended). */
    NOT_WAITING,
    /** {@code leave_message} before it was offered ({@code leave_message_offered}). */
    NOT_OFFERED,
    /** {@code leave_message} without one valid e-mail address. */
    INVALID_EMAIL,
    /** {@code leave_message} with a name too long or with control characters. */
    INVALID_NAME,
    /** {@code leave_message} with an empty message or one with control characters other than tabs and line breaks. */
    INVALID_MESSAGE,
    /** The message was certainly not stored (the broker is unavailable); send it again later. */
    MESSAGE_NOT_STORED,
    /** Whether the message was stored is unknown; send it again with the same {@code clientMessageId}. */
    MESSAGE_OUTCOME_UNKNOWN,
    /** Something failed on our side. */
    INTERNAL_ERROR,
    /** Access denied: see {@link VisitorAccessDeniedException.Reason}. */
    UNKNOWN_BOT,
    BOT_DISABLED,
    SOCKET_IO_DISABLED,
    ORIGIN_NOT_ALLOWED,
    UNKNOWN_CONVERSATION,
    INVALID_TOKEN,
    TOKEN_EXPIRED;

    /** The wire form: lower case with dashes, e.g. {@code origin-not-allowed}. */
    String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ErrorCode of(VisitorAccessDeniedException.Reason reason) {
        return valueOf(reason.name());
    }
}
