package dev.handoff.handoff.application.port.in;

/** A message was certainly not stored (Kafka was unreachable, nothing was sent); the visitor may send it again later. */
public class MessageNotStoredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MessageNotStoredException() {
        super("The message was not stored: the message broker is unavailable. Nothing was kept; send it again in a"
                + " few seconds.");
    }
}
