package dev.handoff.handoffservice.application.port.in;

/** An Engine.IO session and the address ({@code host:port}) of the replica that holds it. */
public record SocketSession(String id, String owner) {
}
