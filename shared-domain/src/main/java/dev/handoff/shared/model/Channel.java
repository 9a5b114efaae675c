package dev.handoff.shared.model;

/** How the visitor talks to the humans: what analysts break conversations down by. */
public enum Channel {
    /** The native visitor WebSocket ({@code /ws/visitor}), after a bot's REST handoff. */
    WEBSOCKET,
    /** The Botlhale-compatible Socket.IO protocol. */
    SOCKET_IO,
    /** A CSML bot's {@code livechat} session payloads. */
    CSML
}
