package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.AgentId;
import java.util.List;
import java.util.Objects;

/**
 * The live chat figures of one tenant over a period.
 *
 * @param handoffRequests chats that started in the period
 * @param assigned of those, how many an agent took
 * @param timeToAssignment how long visitors waited for their first agent, over the assigned chats
 * @param conversationsPerAgent assigned chats by the agent holding them last, busiest first
 * @param averageRating the mean visitor rating (1 to 5), or null if none was rated
 * @param ratings how many chats were rated
 */
public record AnalyticsSummary(
        Period period,
        long handoffRequests,
        long assigned,
        long completed,
        long endedByVisitor,
        long expired,
        TimeToAssignment timeToAssignment,
        List<AgentConversations> conversationsPerAgent,
        Double averageRating,
        long ratings) {
    public AnalyticsSummary {
        Objects.requireNonNull(period, "period");
        timeToAssignment = timeToAssignment == null ? TimeToAssignment.NONE : timeToAssignment;
        conversationsPerAgent = conversationsPerAgent == null ? List.of() : List.copyOf(conversationsPerAgent);
    }

    /**
     * Waiting times in seconds from the handoff request (or the first queueing if the request is unknown)
     * to the first assignment. All null when nothing was assigned.
     *
     * @param p50Seconds the median wait (nearest rank)
     * @param p90Seconds nine in ten visitors waited at most this long (nearest rank)
     */
    public record TimeToAssignment(Double averageSeconds, Double p50Seconds, Double p90Seconds) {
        public static final TimeToAssignment NONE = new TimeToAssignment(null, null, null);
    }

    /** How many chats one agent held. */
    public record AgentConversations(AgentId agentId, long conversations) {}
}
