package dev.handoff.handoff.adapter.in.websocket;

/** A frame a visitor sent, already checked. */
sealed interface ClientFrame {
    /** A message; {@code clientMessageId} makes a resend the same message. */
    record Message(String clientMessageId, String text) implements ClientFrame {}

    record TypingFrame(boolean typing) implements ClientFrame {}

    /** Send me everything after this number (again). */
    record Resume(long afterSequence) implements ClientFrame {}

    /** The visitor ends the chat. */
    record End() implements ClientFrame {}

    /** The visitor clicked the end button of the agent's proposal to end. */
    record ConfirmEnd() implements ClientFrame {}

    /** A satisfaction rating of the ended chat, 1 to 5, with an optional comment. */
    record Rate(int score, String comment) implements ClientFrame {}

    /** The visitor leaves a message instead of waiting (fields checked by the use case's rules). */
    record LeaveMessage(String name, String email, String message) implements ClientFrame {}

    record Ping() implements ClientFrame {}

    /** Not acceptable: answered with an error frame, nothing else happens. */
    record Bad(String code, String detail, String clientMessageId) implements ClientFrame {}
}
