package dev.handoff.notification.application.port.out;

/** A mail could not be handed to the mail server; the caller decides whether to try again. */
public class MailDeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
