package dev.handoff.handoff.adapter.in.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a handoff request.
 *
 * @param visitorToken lets the visitor's widget into this chat over {@code /ws/visitor?token=...}
 * @param queuePosition the request's place among the waiting ones of its queue (1 is next; 0 once assigned)
 * @param estimatedWaitSeconds from routing's latest pace for that queue; null until routing has one
 */
public record HandoffResponseBody(
        String conversationId,
        String status,
        Instant requestedAt,
        String visitorToken,
        int queuePosition,
        @Schema(nullable = true) Long estimatedWaitSeconds) {}
