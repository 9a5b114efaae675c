package dev.handoff.agent.adapter.out.translation;

/** The translator gave no usable answer; {@link #reason()} names why, for logs and the failure counter. */
public class TranslatorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a translation failed. */
    public enum Reason {
        /** No complete answer within the timeout. */
        TIMEOUT,
        /** No connection, or it broke. */
        UNREACHABLE,
        /** An HTTP status other than 200. */
        STATUS,
        /** A 200 whose body is not the expected JSON. */
        UNREADABLE
    }

    private final Reason reason;

    public TranslatorException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
