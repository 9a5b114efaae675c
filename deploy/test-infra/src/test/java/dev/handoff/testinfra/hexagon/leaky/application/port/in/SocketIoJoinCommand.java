package dev.handoff.testinfra.hexagon.leaky.application.port.in;

/** A use-case command named for the transport that calls it: the leak the naming rule must catch. */
public record SocketIoJoinCommand(String conversationId) {}
