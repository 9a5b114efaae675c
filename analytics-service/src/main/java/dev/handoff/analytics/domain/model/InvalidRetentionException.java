package dev.handoff.analytics.domain.model;

/** A retention period outside what the installation allows. */
public class InvalidRetentionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidRetentionException(String message) {
        super(message);
    }
}
