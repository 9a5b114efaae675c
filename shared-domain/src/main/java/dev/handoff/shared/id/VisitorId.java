package dev.handoff.shared.id;

/** The person chatting through a bot's widget. */
public record VisitorId(String value) {
    public VisitorId {
        Identifier.require(value, "visitor id");
    }

    public static VisitorId of(String value) {
        return new VisitorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
