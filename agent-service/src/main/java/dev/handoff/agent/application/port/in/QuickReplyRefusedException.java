package dev.handoff.agent.application.port.in;

/** A quick reply the caller may not use or change as asked, and why. */
public class QuickReplyRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a quick reply action was refused. */
    public enum Reason {
        /** Unknown, of another tenant, or another agent's personal one. */
        NOT_FOUND,
        /** Shared replies are created, changed and deleted by supervisors only. */
        SUPERVISORS_ONLY,
        /** Another reply of the same scope has this shortcut. */
        SHORTCUT_TAKEN
    }

    private final Reason reason;
    private final String shortcut;

    public QuickReplyRefusedException(Reason reason, String shortcut) {
        super(reason.name());
        this.reason = reason;
        this.shortcut = shortcut;
    }

    public Reason reason() {
        return reason;
    }

    /** The shortcut in question, for {@link Reason#SHORTCUT_TAKEN}; else null. */
    public String shortcut() {
        return shortcut;
    }
}
