package dev.handoff.runtime.input;

/** A field of a request (body member, path or query parameter) that breaks {@link InputRules}: a 400 naming it. */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The field as the client knows it, e.g. {@code visitor.name} or {@code upToSequence}. */
    public String field() {
        return field;
    }
}
