package dev.handoff.notification.domain.model;

import java.util.List;

/** Settings, recipients or preferences were refused; {@link #problems()} says what is wrong, one line per field. */
public class InvalidSettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super("invalid settings: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each as {@code field: message}. */
    public List<String> problems() {
        return problems;
    }
}
