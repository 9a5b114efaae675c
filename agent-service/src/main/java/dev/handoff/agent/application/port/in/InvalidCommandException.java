package dev.handoff.agent.application.port.in;

import java.util.function.Supplier;

/** A command with a field that breaks the rules; answered as a validation error naming the field. */
public class InvalidCommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Runs a domain rule, turning its IllegalArgumentException into a validation error of {@code field}. */
    static <T> T check(String field, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(field, e.getMessage());
        }
    }
}
