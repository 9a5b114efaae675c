package dev.handoff.shared.id;

/** The organisation that owns bots, agents and conversations; every event and query is scoped by it. */
public record TenantId(String value) {
    public TenantId {
        Identifier.require(value, "tenant id");
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
