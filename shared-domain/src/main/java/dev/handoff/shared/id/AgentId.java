package dev.handoff.shared.id;

/** A human agent, identified by the subject of their OIDC token. */
public record AgentId(String value) {
    public AgentId {
        Identifier.require(value, "agent id");
    }

    public static AgentId of(String value) {
        return new AgentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
