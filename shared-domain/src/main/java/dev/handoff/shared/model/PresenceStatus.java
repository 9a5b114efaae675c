package dev.handoff.shared.model;

/** An agent's availability for new chats. Only ONLINE agents receive new chats. */
public enum PresenceStatus {
    ONLINE,
    AWAY,
    OFFLINE
}
