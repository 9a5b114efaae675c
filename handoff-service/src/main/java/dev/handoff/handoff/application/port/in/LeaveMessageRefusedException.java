package dev.handoff.handoff.application.port.in;

/** A message that cannot be left, with the code both visitor protocols name it by; nothing was kept. */
public class LeaveMessageRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The chat is not waiting for an agent (an agent holds it, or it ended). */
    public static final String NOT_WAITING = "not-waiting";
    /** The visitor was not offered to leave a message: somebody is accepting, or they have not waited long enough. */
    public static final String NOT_OFFERED = "not-offered";
    /** The e-mail address is missing or no address. */
    public static final String INVALID_EMAIL = "invalid-email";
    /** The name is too long or holds control characters. */
    public static final String INVALID_NAME = "invalid-name";
    /** The message is missing, empty or holds control characters other than tabs and line breaks. */
    public static final String INVALID_MESSAGE = "invalid-message";
    /** The message is longer than {@link LeaveMessageCommand#MAX_MESSAGE_CHARS}. */
    public static final String MESSAGE_TOO_LONG = "message-too-long";

    private final String code;

    public LeaveMessageRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
