package dev.handoff.agent.application.port.in;

/**
 * An agent's read mark in a chat.
 *
 * @param readUpTo messages up to this sequence count as read
 * @param unread the visitor's messages after it
 */
public record ReadState(long readUpTo, long unread) {}
