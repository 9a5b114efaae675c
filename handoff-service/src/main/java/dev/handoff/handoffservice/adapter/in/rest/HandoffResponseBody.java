package dev.handoff.handoffservice.adapter.in.rest;

import java.time.Instant;

/** The answer to a handoff request. */
public record HandoffResponseBody(String conversationId, String status, Instant requestedAt) {
}
