package dev.handoff.analytics.application.port.in;

/** No chat of the tenant has the visitor named in an erasure request. */
public class NoSuchVisitorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSuchVisitorException(String message) {
        super(message);
    }
}
