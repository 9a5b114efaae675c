package dev.handoff.shared.id;

/** A message's id, chosen by the client that wrote it, so a resend is recognised and shown once. */
public record MessageId(String value) {
    public MessageId {
        Identifier.require(value, "message id");
    }

    public static MessageId of(String value) {
        return new MessageId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
