package dev.handoff.handoff.application.port.in;

/** A visitor client's long-polling session and the address ({@code host:port}) of the replica holding it. */
public record ClientSession(String id, String owner) {}
