package dev.handoff.analytics.domain.model;

/** A transcript search that cannot be run as asked. */
public class InvalidSearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidSearchException(String message) {
        super(message);
    }
}
