package dev.handoff.bench.chat;

/** Where the drivers report each tagged message that reached a socket. */
@FunctionalInterface
public interface Received {
    /**
     * @param tag     the message
     * @param channel which socket saw it ({@code ws-visitor}, {@code socketio-visitor}, {@code ws-agent})
     */
    void received(Tag tag, String channel);
}
