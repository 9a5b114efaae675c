package dev.handoff.agent.application.port.in;

/** A socket's ticket does not open a session; the socket is closed without one. */
public class TicketRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    public TicketRejectedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** What was wrong; unknown and already used look alike on purpose, a used ticket is gone. */
    public enum Reason {
        MISSING,
        UNKNOWN_OR_USED,
        EXPIRED
    }
}
