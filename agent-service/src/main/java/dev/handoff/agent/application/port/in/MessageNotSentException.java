package dev.handoff.agent.application.port.in;

/**
 * An agent's message the platform could not confirm: certainly not kept ({@code unknown} false: the broker was away),
 * or maybe kept ({@code unknown} true). Either way a resend with the same client message id is shown once.
 */
public class MessageNotSentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean unknown;

    public MessageNotSentException(boolean unknown) {
        super(unknown ? "outcome unknown" : "not stored");
        this.unknown = unknown;
    }

    /** True when the message may have been kept (and may still be shown). */
    public boolean unknown() {
        return unknown;
    }
}
