package dev.handoff.analytics.domain.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a chat's history besides its messages.
 *
 * @param agentId who was assigned, held it before a transfer or requeue, or completed it
 * @param toAgentId where a transfer went, or null (to a queue)
 * @param team the queue it was put in or transferred to
 * @param detail the assignment method, requeue reason, rating, or subject
 */
public record ConversationStep(
        UUID eventId,
        Instant at,
        StepKind kind,
        String agentId,
        String agentName,
        String toAgentId,
        String team,
        String detail) {}
