package dev.handoff.shared.id;

import java.util.UUID;

/** One live chat from handoff to its end; the Kafka key that keeps its events in order. */
public record ConversationId(String value) {
    public ConversationId {
        Identifier.require(value, "conversation id");
    }

    public static ConversationId of(String value) {
        return new ConversationId(value);
    }

    /** A fresh id for a conversation the platform starts itself. */
    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
