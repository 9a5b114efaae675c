package dev.handoff.handoff.application.port.in;

/** A rating that cannot be taken: the chat is still open, or it has been rated already. */
public class RatingRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public RatingRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** {@code chat-open} or {@code already-rated}. */
    public String code() {
        return code;
    }
}
