package dev.handoff.shared.model;

/** Who wrote a message in a conversation. */
public enum Sender {
    VISITOR,
    AGENT,
    BOT,
    SYSTEM
}
