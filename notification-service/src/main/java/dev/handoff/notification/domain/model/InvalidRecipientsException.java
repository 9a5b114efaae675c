package dev.handoff.notification.domain.model;

import java.util.List;

/** A recipient list was refused; {@link #problems()} says what is wrong, one line per field. */
public class InvalidRecipientsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidRecipientsException(List<String> problems) {
        super("invalid recipients: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each as {@code field: message}. */
    public List<String> problems() {
        return problems;
    }
}
