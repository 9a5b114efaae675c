package dev.handoff.shared.id;

/** A chatbot that hands conversations to humans. */
public record BotId(String value) {
    public BotId {
        Identifier.require(value, "bot id");
    }

    public static BotId of(String value) {
        return new BotId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
