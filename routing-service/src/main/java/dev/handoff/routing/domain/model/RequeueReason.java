package dev.handoff.routing.domain.model;

/** Why a held conversation went back to a queue; {@link #code()} is what {@code Requeued.reason} carries. */
public enum RequeueReason {
    AGENT_OFFLINE("agent-offline"),
    AGENT_AWAY("agent-away"),
    TRANSFERRED("transferred");

    private final String code;

    RequeueReason(String code) {
        this.code = code;
    }

    /** The short machine-readable cause on the wire. */
    public String code() {
        return code;
    }
}
