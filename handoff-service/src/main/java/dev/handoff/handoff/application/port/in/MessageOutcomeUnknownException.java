package dev.handoff.handoff.application.port.in;

/**
 * Whether a message was stored is not known (no acknowledgement in time: it may still arrive). Sending it again with
 * the same client message id is safe: it is stored and shown once, whichever send arrives.
 */
public class MessageOutcomeUnknownException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MessageOutcomeUnknownException() {
        super("The message may or may not have been stored. Send it again with the same client message id: it is"
                + " stored and shown once.");
    }
}
