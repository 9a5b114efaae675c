package dev.handoff.testinfra.hexagon.tidy.application.port.in;

/** Named for what it does; {@code Restore} contains "Rest" but is no transport word. */
public record JoinByConversationCommand(String conversationId, boolean restoreHistory) {}
