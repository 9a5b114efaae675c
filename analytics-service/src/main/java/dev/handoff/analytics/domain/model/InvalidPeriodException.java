package dev.handoff.analytics.domain.model;

/** The requested period cannot be summarised. */
public class InvalidPeriodException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidPeriodException(String message) {
        super(message);
    }
}
