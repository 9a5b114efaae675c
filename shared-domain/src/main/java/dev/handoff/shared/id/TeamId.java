package dev.handoff.shared.id;

/** A group of agents that a handoff can be routed to. */
public record TeamId(String value) {
    public TeamId {
        Identifier.require(value, "team id");
    }

    public static TeamId of(String value) {
        return new TeamId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
