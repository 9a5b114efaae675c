package dev.handoff.handoff.application.port.in;

/** A visitor may not open this chat; the reason is safe to show (it names nothing of anyone else's). */
public class VisitorAccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    /** Why a visitor was turned away. */
    public enum Reason {
        INVALID_TOKEN("The visitor token is missing, malformed or not signed by this platform."),
        TOKEN_EXPIRED("The visitor token has expired."),
        UNKNOWN_BOT("No bot with this id offers live chat."),
        BOT_DISABLED("Live chat is switched off for this bot."),
        SOCKET_IO_DISABLED("This bot does not offer the Socket.IO live chat protocol."),
        ORIGIN_NOT_ALLOWED("This page's origin may not open a live chat for this bot."),
        UNKNOWN_CONVERSATION("There is no live chat with this id for this bot.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    public VisitorAccessDeniedException(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
