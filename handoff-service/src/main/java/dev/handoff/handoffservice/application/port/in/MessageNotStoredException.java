package dev.handoff.handoffservice.application.port.in;

/** A message could not be stored safely in time; the sender should send it again with the same client id. */
public class MessageNotStoredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MessageNotStoredException(Throwable cause) {
        super("The message could not be stored; send it again with the same client message id.", cause);
    }
}
