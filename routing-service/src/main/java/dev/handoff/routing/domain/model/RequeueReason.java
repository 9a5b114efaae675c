package dev.handoff.routing.domain.model;

/** Why a held or offered conversation went back to a queue; {@link #code()} is what {@code Requeued.reason} carries. */
public enum RequeueReason {
    AGENT_OFFLINE("agent-offline"),
    AGENT_AWAY("agent-away"),
    TRANSFERRED("transferred"),
    OFFER_DECLINED("offer-declined"),
    OFFER_TIMEOUT("offer-timeout");

    private final String code;

    RequeueReason(String code) {
        this.code = code;
    }

    /** The short machine-readable cause on the wire. */
    public String code() {
        return code;
    }
}
