package dev.handoff.shared.json;

/** An event on the wire could not be understood; consumers log it and skip it, they never crash on it. */
public class MalformedEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
